// Original file: proto/modelserve/registry.proto


export interface SageMakerFields {
  'kind'?: (string);
  'name'?: (string);
  'resourceCreatedAt'?: (string);
  'fieldsJson'?: (string);
}

export interface SageMakerFields__Output {
  'kind': (string);
  'name': (string);
  'resourceCreatedAt': (string);
  'fieldsJson': (string);
}
