// Original file: proto/modelserve/registry.proto


export interface UpdateModelVersionRequest {
  'model'?: (string);
  'version'?: (number);
  'description'?: (string);
  'setTags'?: (boolean);
  'tags'?: ({[key: string]: string});
  'approvalStatus'?: (string);
  '_description'?: "description";
  '_approvalStatus'?: "approvalStatus";
}

export interface UpdateModelVersionRequest__Output {
  'model': (string);
  'version': (number);
  'description'?: (string);
  'setTags': (boolean);
  'tags': ({[key: string]: string});
  'approvalStatus'?: (string);
  '_description'?: "description";
  '_approvalStatus'?: "approvalStatus";
}
