/** A narration sentence, with its `backticked` code shown as code. */
export function NarrationText({ text }: { text: string }) {
  return (
    <>{text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>
  );
}
