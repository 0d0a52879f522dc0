// Original file: proto/modelserve/registry.proto


export interface VariantSpec {
  'name'?: (string);
  'model'?: (string);
  'version'?: (number);
  'instanceCount'?: (number);
  'weight'?: (number | string);
  'alias'?: (string);
  'shadowSamplingPercent'?: (number | string);
}

export interface VariantSpec__Output {
  'name': (string);
  'model': (string);
  'version': (number);
  'instanceCount': (number);
  'weight': (number);
  'alias': (string);
  'shadowSamplingPercent': (number);
}
