import { InfoButton } from "@fluentui/react-components";

export interface PreviewInfoProps {
  readonly className: string;
  readonly text: string;
}

/** "About the preview": the preview notice's explanation behind an info button (a lazy chunk of its own). */
export default function PreviewInfo({ className, text }: PreviewInfoProps) {
  return <InfoButton className={className} aria-label="About the preview" info={text} />;
}
