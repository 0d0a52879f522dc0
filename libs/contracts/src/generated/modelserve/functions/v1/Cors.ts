// Original file: proto/modelserve/functions.proto


export interface Cors {
  'allowOrigins'?: (string)[];
  'allowMethods'?: (string)[];
  'allowHeaders'?: (string)[];
  'exposeHeaders'?: (string)[];
  'maxAgeSeconds'?: (number);
  'allowCredentials'?: (boolean);
}

export interface Cors__Output {
  'allowOrigins': (string)[];
  'allowMethods': (string)[];
  'allowHeaders': (string)[];
  'exposeHeaders': (string)[];
  'maxAgeSeconds': (number);
  'allowCredentials': (boolean);
}
