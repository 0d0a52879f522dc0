// Original file: proto/modelserve/monitoring.proto


export interface RegressionMetrics {
  'mae'?: (number | string);
  'rmse'?: (number | string);
  'r2'?: (number | string);
  '_r2'?: "r2";
}

export interface RegressionMetrics__Output {
  'mae': (number);
  'rmse': (number);
  'r2'?: (number);
  '_r2'?: "r2";
}
