/**
 * The 5 × 5 heat map as a real table: likelihood rows (5 at the top), impact columns, each cell coloured by
 * its band with the number of live risks in it. A cell with risks is a button that filters the register to
 * them; its name says the cell, the count and which risks.
 */
import { Box, Pressable, Stack, Text, xcss } from '@atlaskit/primitives';
import VisuallyHidden from '@atlaskit/visually-hidden';
import type { HeatCell, HeatMap } from '../../../../../../../src/domain/raid/heat-map';
import { IMPACT_WORDS, LIKELIHOOD_WORDS } from '../../../../../../../src/domain/raid/raid-kinds';
import { BAND_LABEL, SCALE } from '../../../common/raid-words';
import { BAND_FILL, BAND_TINT } from '../../../common/risk-band-styles';
import type { HeatCellChoice } from '../register/register-filter';

const table = xcss({ borderCollapse: 'separate', borderSpacing: 'space.050' });
const rowHead = xcss({ paddingInlineEnd: 'space.100', textAlign: 'end', verticalAlign: 'middle', fontWeight: 'font.weight.regular', whiteSpace: 'nowrap' });
const corner = xcss({ paddingInlineEnd: 'space.100', textAlign: 'end', verticalAlign: 'bottom', fontWeight: 'font.weight.regular', whiteSpace: 'nowrap' });
const colHead = xcss({ paddingBlockEnd: 'space.050', textAlign: 'center', fontWeight: 'font.weight.regular', verticalAlign: 'bottom', whiteSpace: 'nowrap' });
const cellBox = xcss({ padding: 'space.0', width: '4.5rem', height: '3rem' });
const filled = xcss({
  width: '100%',
  height: '100%',
  borderRadius: 'radius.small',
  font: 'font.heading.small',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  borderWidth: 'border.width.selected',
  borderStyle: 'solid',
  borderColor: 'color.border.inverse',
  ':hover': { borderColor: 'color.border.bold' },
});
const chosen = xcss({ borderColor: 'color.border.selected', ':hover': { borderColor: 'color.border.selected' } });
const empty = xcss({ width: '100%', height: '100%', borderRadius: 'radius.small' });
const axisTitle = xcss({ textAlign: 'center', paddingBlockStart: 'space.050' });

interface Props {
  map: HeatMap;
  selected: HeatCellChoice | null;
  onSelect: (cell: HeatCellChoice) => void;
}

function cellName(cell: HeatCell): string {
  const risks = cell.count === 1 ? '1 risk' : `${cell.count} risks`;
  return `Likelihood ${cell.likelihood}, impact ${cell.impact}, score ${cell.score} (${BAND_LABEL[cell.band].toLowerCase()}): ${risks}, ${cell.labels.join(', ')}. Show them in the register.`;
}

export function HeatMapGrid({ map, selected, onSelect }: Props) {
  const rows = [...SCALE].reverse().map((likelihood) => map.cells.filter((c) => c.likelihood === likelihood));
  return (
    <Box>
      <Box
        as="table"
        xcss={table}
        testId={`raid-heat-map-${map.basis}`}
        aria-label={`${map.basis === 'residual' ? 'Residual' : 'Inherent'} heat map of the ${map.counted} live risks: likelihood by row, impact by column, the number of risks in each cell`}
      >
        <thead>
          <tr>
            <Box as="th" xcss={corner}>
              <Stack space="space.0">
                <Text size="small" color="color.text.subtlest">
                  Impact →
                </Text>
                <Text size="small" color="color.text.subtlest">
                  Likelihood ↓
                </Text>
              </Stack>
            </Box>
            {SCALE.map((impact) => (
              <Box as="th" scope="col" key={impact} xcss={colHead}>
                <Text size="small" weight="medium">
                  {impact}
                </Text>
                <Box>
                  <Text size="small" color="color.text.subtle">
                    {IMPACT_WORDS[impact]}
                  </Text>
                </Box>
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells) => {
            const likelihood = cells[0]?.likelihood ?? 1;
            return (
              <tr key={likelihood}>
                <Box as="th" scope="row" xcss={rowHead}>
                  <Text size="small" weight="medium">
                    {likelihood}{' '}
                  </Text>
                  <Text size="small" color="color.text.subtle">
                    {LIKELIHOOD_WORDS[likelihood]}
                  </Text>
                </Box>
                {cells.map((cell) => {
                  const isChosen = selected !== null && selected.basis === map.basis && selected.likelihood === cell.likelihood && selected.impact === cell.impact;
                  return (
                    <Box as="td" key={cell.impact} xcss={cellBox}>
                      {cell.count > 0 ? (
                        <Pressable
                          xcss={[filled, BAND_FILL[cell.band], isChosen && chosen]}
                          aria-label={cellName(cell)}
                          aria-pressed={isChosen}
                          title={`${cell.labels.join(', ')}`}
                          onClick={() => onSelect({ likelihood: cell.likelihood, impact: cell.impact, basis: map.basis })}
                          testId={`raid-heat-cell-${cell.likelihood}-${cell.impact}`}
                        >
                          {cell.count}
                        </Pressable>
                      ) : (
                        <Box xcss={[empty, BAND_TINT[cell.band]]} testId={`raid-heat-cell-${cell.likelihood}-${cell.impact}`}>
                          <VisuallyHidden>No risks</VisuallyHidden>
                        </Box>
                      )}
                    </Box>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </Box>
      <Box xcss={axisTitle}>
        <Text size="small" color="color.text.subtlest">
          {map.counted === 1 ? '1 live risk' : `${map.counted} live risks`} (open, mitigating or occurred)
        </Text>
      </Box>
    </Box>
  );
}
