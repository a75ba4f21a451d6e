/** The task pane's entry (loaded by taskpane.html after office.js, which may be missing: see Root). */
import { createRoot } from 'react-dom/client';
import { Root } from './Root';

const container = document.getElementById('root');
if (container) createRoot(container).render(<Root />);
