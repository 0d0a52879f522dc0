// Original file: proto/modelserve/registry.proto


export interface TrainingLineage {
  'trainingJob'?: (string);
  'hyperParameters'?: ({[key: string]: string});
  'finalMetrics'?: ({[key: string]: number | string});
  'inputDataUris'?: (string)[];
  'image'?: (string);
  'command'?: (string)[];
  'sourceUri'?: (string);
  'modelArtifacts'?: (string);
}

export interface TrainingLineage__Output {
  'trainingJob': (string);
  'hyperParameters': ({[key: string]: string});
  'finalMetrics': ({[key: string]: number});
  'inputDataUris': (string)[];
  'image': (string);
  'command': (string)[];
  'sourceUri': (string);
  'modelArtifacts': (string);
}
