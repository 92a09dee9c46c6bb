import { useHashRoute } from '../app/useHashRoute';
import { IssueDetail } from './IssueDetail';
import { IssueList } from './IssueList';

/** `#/issues?view=…` shows a list; `#/issues?id=…` opens one issue (other screens link there). */
export function IssuesPage() {
  const { params } = useHashRoute();
  const id = params.get('id');
  return id ? <IssueDetail id={id} /> : <IssueList />;
}
