import { Link } from '@fluentui/react-components';
import type { RowRef } from '../../core/cells';
import { useLang } from '../i18n/LangContext';
import { issueText, refText } from './issueText';
import { useAppraisalStyles } from './useAppraisalStyles';
import type { Issue } from '../../core/issue';

/** Problems, one a line; a problem in a sheet of this workbook links to its cell (or row). */
export function IssueList(props: {
  issues: readonly Issue[];
  label: string;
  onSelect?: (ref: RowRef) => void;
}) {
  const styles = useAppraisalStyles();
  const lang = useLang();
  const { onSelect } = props;
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.issues.map((issue, i) => (
        <li key={i} className={styles.item} data-issue={issue.messageKey}>
          {issue.ref && onSelect && (
            <>
              <Link as="button" onClick={() => issue.ref && onSelect(issue.ref)}>
                {refText(issue.ref, lang)}
              </Link>{' '}
            </>
          )}
          {issueText(issue, lang)}
        </li>
      ))}
    </ul>
  );
}
