import { Badge } from "@fluentui/react-components";
import { ClockRegular, WarningRegular } from "@fluentui/react-icons";
import type { ReviewStatus } from "../../domain/review-cadence";

/** "Review due" or "Review overdue" with an icon and words, never colour alone; nothing when scheduled. */
export function ReviewBadge({ status }: { readonly status: ReviewStatus | null }) {
  if (status === "Overdue") {
    return (
      <Badge appearance="filled" color="danger" shape="rounded" icon={<WarningRegular />}>
        Review overdue
      </Badge>
    );
  }
  if (status === "Due") {
    return (
      <Badge appearance="tint" color="warning" shape="rounded" icon={<ClockRegular />}>
        Review due
      </Badge>
    );
  }
  return null;
}
