/** A download link for a PDF report (the server sends it as an attachment with a Chinese file name). */
export function ReportLink({ href, label, testId }: { href: string; label: string; testId: string }) {
  return (
    <a className="btn report-link" href={href} download data-testid={testId}>
      {label}
    </a>
  );
}
