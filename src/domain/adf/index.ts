export type { AdfDoc, AdfMark, AdfNode } from './adf-types';
export { emptyAdfDoc, isAdfDoc } from './adf-types';
export { markdownToAdf } from './markdown-to-adf';
export { plainTextToAdf } from './plain-text-to-adf';
export { adfToPlainText } from './adf-to-plain-text';
export type { AdfBlock, AdfBlockKind, AdfContainerKind, AdfListKind } from './adf-blocks';
export { adfToBlocks } from './adf-blocks';
export type { AdfVisitor } from './walk-adf';
export { MAX_ADF_DEPTH, isNode, walkAdf } from './walk-adf';
