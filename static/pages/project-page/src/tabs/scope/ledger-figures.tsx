/**
 * The ledger's figures, one tile each, in the board's unit with the number of tickets under it; each count of
 * tickets is a button that opens the tickets and the changelog entries behind the figure.
 */
import { Inline } from '@atlaskit/primitives';
import { StatTile } from '../../../../../shared/ui/stat-tile';
import type { SprintLedgerView } from '../../project-page-api';
import { LinkButton } from './link-button';
import { LEDGER_PARTS, PART_WORDS, type LedgerPart } from './ledger-parts';
import { amountWithUnit, figures, formatAmount, signed, type Unit } from './ledger-steps';

const SHORT_UNIT: Readonly<Record<Unit, string>> = { points: 'pts', tickets: 'tickets' };

/** The tile's value: a change is signed, a state is not. */
function valueOf(part: LedgerPart, amount: number, unit: Unit): string {
  const shown = part === 'added' || part === 'reEstimated' ? signed(amount) : part === 'removed' ? signed(-amount) : formatAmount(amount);
  return `${shown} ${SHORT_UNIT[unit]}`;
}

interface Props {
  ledger: SprintLedgerView;
  unit: Unit;
  onOpen: (part: LedgerPart) => void;
}

export function LedgerFigures({ ledger, unit, onOpen }: Props) {
  const amounts = figures(ledger, unit);
  return (
    <Inline space="space.150" shouldWrap testId="ledger-figures">
      {LEDGER_PARTS.map((part) => {
        const tickets = ledger[part].length;
        const words = PART_WORDS[part];
        const label = part === 'notCompleted' && ledger.state === 'active' ? 'Not completed yet' : words.label;
        return (
          <StatTile
            key={part}
            label={label}
            value={valueOf(part, amounts[part], unit)}
            testId={`ledger-${part}`}
            detail={
              <LinkButton
                size="small"
                onClick={() => onOpen(part)}
                testId={`ledger-${part}-tickets`}
                label={`${label}: ${amountWithUnit(tickets, 'tickets')}, ${amountWithUnit(Math.abs(amounts[part]), unit)}. Show the tickets and their changes.`}
              >
                {amountWithUnit(tickets, 'tickets')}
              </LinkButton>
            }
          />
        );
      })}
    </Inline>
  );
}
