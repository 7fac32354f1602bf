/**
 * Whether records may be entered here now: not while another tab holds the scenario, on a viewer's link of a shared
 * map, or with a redaction profile on (what is shown is then not the network itself). The buttons that enter records
 * are hidden rather than refused.
 */
import type { Workspace } from '../../state/workspace.svelte';

export function mayEdit(workspace: Pick<Workspace, 'readOnly' | 'viewOnly' | 'redacted'>): boolean {
  return !workspace.readOnly && !workspace.viewOnly && !workspace.redacted;
}
