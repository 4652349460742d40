import { makeStyles, Skeleton, SkeletonItem, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The shape of the portfolio while the first list loads. */
export function PortfolioSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading contracts" className={styles.root}>
      <SkeletonItem size={32} />
      {[0, 1, 2, 3, 4].map((n) => (
        <div key={n} className={styles.row}>
          <SkeletonItem size={16} />
          <SkeletonItem size={12} style={{ width: "70%" }} />
        </div>
      ))}
    </Skeleton>
  );
}
