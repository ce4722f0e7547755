import { useArrowNavigationGroup } from '@fluentui/react-components';

/**
 * Keyboard model of a findings list: one Tab stop for the whole list (a long list would otherwise
 * hold the keyboard user for dozens of Tabs), ↑/↓ (and Home/End) from finding to finding, and the
 * list remembers where the teacher was when they come back to it.
 */
export function useFindingsNavigation(): ReturnType<typeof useArrowNavigationGroup> {
  return useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
}
