// Original file: proto/modelserve/registry.proto


export interface VariantStatus {
  'name'?: (string);
  'model'?: (string);
  'version'?: (number);
  'sha256'?: (string);
  'weight'?: (number | string);
  'desiredInstanceCount'?: (number);
  'readyInstanceCount'?: (number);
  'shadowSamplingPercent'?: (number | string);
}

export interface VariantStatus__Output {
  'name': (string);
  'model': (string);
  'version': (number);
  'sha256': (string);
  'weight': (number);
  'desiredInstanceCount': (number);
  'readyInstanceCount': (number);
  'shadowSamplingPercent': (number);
}
