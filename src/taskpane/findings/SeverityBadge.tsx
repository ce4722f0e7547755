import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../core/findings';
import type { MemberStatus } from '../../core/result';
import { useT } from '../i18n/LangContext';

const SEVERITY_COLOUR = { violation: 'danger', pending: 'warning', info: 'informative' } as const;
const STATUS_COLOUR = { ineligible: 'danger', pending: 'warning', eligible: 'success' } as const;

/** 不符合 / 待核实 / 提示, coloured like the highlights. */
export function SeverityBadge(props: { severity: Severity }) {
  const tr = useT();
  return (
    <Badge appearance="tint" color={SEVERITY_COLOUR[props.severity]} shape="rounded">
      {tr(`severity.${props.severity}`)}
    </Badge>
  );
}

/** A member's overall status: 不符合条件 / 待核实 / 符合条件. */
export function StatusBadge(props: { status: MemberStatus }) {
  const tr = useT();
  return (
    <Badge appearance="filled" color={STATUS_COLOUR[props.status]} shape="rounded">
      {tr(`status.${props.status}`)}
    </Badge>
  );
}
