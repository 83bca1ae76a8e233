/** Placeholder page; the real replay UI replaces it. */
export function App() {
  return (
    <main>
      <h1>Loopscope</h1>
      <p>Watch Python&rsquo;s asyncio event loop run, one step at a time.</p>
    </main>
  );
}
