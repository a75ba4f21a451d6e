/** Placeholder task pane (replaced by the task pane issue): a React root that says what this is. */
import { createRoot } from 'react-dom/client';

function App() {
  return (
    <main>
      <h1>Omstilling</h1>
    </main>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
