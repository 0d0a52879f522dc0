// Original file: proto/modelserve/registry.proto


export interface VariantUpdate {
  'name'?: (string);
  'weight'?: (number | string);
  'instanceCount'?: (number);
  '_weight'?: "weight";
  '_instanceCount'?: "instanceCount";
}

export interface VariantUpdate__Output {
  'name': (string);
  'weight'?: (number);
  'instanceCount'?: (number);
  '_weight'?: "weight";
  '_instanceCount'?: "instanceCount";
}
