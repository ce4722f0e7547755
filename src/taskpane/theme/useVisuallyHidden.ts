import { makeStyles } from '@fluentui/react-components';

/**
 * Text a screen reader reads but the eye does not see (a header over a column of × buttons, say).
 * Not `display: none`: that would hide it from assistive technology too.
 */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
