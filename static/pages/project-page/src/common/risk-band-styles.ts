/**
 * The colour of each risk band (low, medium, high, critical), from design tokens so light and dark themes
 * both read well: the heat map's cells and the score pills in lists use the same ones.
 */
import { xcss } from '@atlaskit/primitives';
import type { RiskBand } from '../../../../../src/domain/raid/risk-band';

/** A band where something sits (a cell with risks, a risk's score). */
export const BAND_FILL: Readonly<Record<RiskBand, ReturnType<typeof xcss>>> = {
  low: xcss({ backgroundColor: 'color.background.accent.green.subtle', color: 'color.text' }),
  medium: xcss({ backgroundColor: 'color.background.accent.yellow.subtle', color: 'color.text' }),
  high: xcss({ backgroundColor: 'color.background.accent.orange.subtle', color: 'color.text' }),
  critical: xcss({ backgroundColor: 'color.background.accent.red.subtle', color: 'color.text' }),
};

/** The same band where nothing sits: the map keeps its shape without shouting. */
export const BAND_TINT: Readonly<Record<RiskBand, ReturnType<typeof xcss>>> = {
  low: xcss({ backgroundColor: 'color.background.accent.green.subtlest', color: 'color.text.subtlest' }),
  medium: xcss({ backgroundColor: 'color.background.accent.yellow.subtlest', color: 'color.text.subtlest' }),
  high: xcss({ backgroundColor: 'color.background.accent.orange.subtlest', color: 'color.text.subtlest' }),
  critical: xcss({ backgroundColor: 'color.background.accent.red.subtlest', color: 'color.text.subtlest' }),
};
