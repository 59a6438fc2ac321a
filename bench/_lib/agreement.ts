/** Agreement of a yes/no judgement with people's labels: confusion counts, precision, recall, F1. */
export interface Agreement {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function agreement(pairs: Iterable<{ predicted: boolean; labelled: boolean }>): Agreement {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { predicted, labelled } of pairs) {
    if (predicted && labelled) tp++;
    else if (predicted) fp++;
    else if (labelled) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}
