// Original file: proto/modelserve/registry.proto


export interface QualitySpec {
  'problemType'?: (string);
  'labelOutput'?: (string);
  'scoreOutput'?: (string);
  'positiveLabel'?: (string);
}

export interface QualitySpec__Output {
  'problemType': (string);
  'labelOutput': (string);
  'scoreOutput': (string);
  'positiveLabel': (string);
}
