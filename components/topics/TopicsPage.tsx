import { useHashRoute } from '../app/useHashRoute';
import { AnnualPlan } from './AnnualPlan';
import { TopicDetail } from './TopicDetail';

/** 调研课题: the annual plan, or one topic (`?id=`). */
export function TopicsPage() {
  const { params } = useHashRoute();
  const id = params.get('id');
  return id ? <TopicDetail id={id} /> : <AnnualPlan />;
}
