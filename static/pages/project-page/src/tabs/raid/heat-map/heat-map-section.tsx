/** "Heat map": where the live risks sit, inherent or residual; a cell lists its risks in the register below. */
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { HeatBasis } from '../../../../../../../src/domain/raid/heat-map';
import type { RaidView } from '../../../project-page-api';
import type { HeatCellChoice } from '../register/register-filter';
import { BandLegend } from './band-legend';
import { BasisSwitch } from './basis-switch';
import { HeatMapGrid } from './heat-map-grid';

interface Props {
  heatMap: RaidView['heatMap'];
  basis: HeatBasis;
  onBasisChange: (basis: HeatBasis) => void;
  selected: HeatCellChoice | null;
  onSelect: (cell: HeatCellChoice) => void;
}

export function HeatMapSection({ heatMap, basis, onBasisChange, selected, onSelect }: Props) {
  return (
    <Stack space="space.150" testId="raid-heat-map">
      <Inline spread="space-between" alignBlock="center" space="space.100" shouldWrap>
        <Heading size="small" as="h3">
          Heat map
        </Heading>
        <BasisSwitch basis={basis} onChange={onBasisChange} />
      </Inline>
      <Text size="small" color="color.text.subtle">
        {basis === 'residual' ? 'After each risk’s response (inherent where no residual is set).' : 'Before any response.'} Choose a cell to list its risks.
      </Text>
      <HeatMapGrid map={heatMap[basis]} selected={selected} onSelect={onSelect} />
      <BandLegend />
    </Stack>
  );
}
