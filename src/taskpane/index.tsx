import { createRoot } from "react-dom/client";

// Placeholder pane: replaced by the value-contract pane (issue 4).
function App() {
  return (
    <main style={{ padding: 20 }}>
      <h1 style={{ fontSize: 16 }}>AIVM</h1>
      <p>Type =AIVM. in a cell to use the AI value functions.</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<App />);
