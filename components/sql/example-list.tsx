import { exampleQueries, type ExampleQuery } from './example-queries';

/** The example queries, one click each: the console fills the editor and runs it. */
export function ExampleList({ onPick }: { onPick: (example: ExampleQuery) => void }) {
  return (
    <ul className="sql-examples" aria-label="Example queries">
      {exampleQueries.map((example) => (
        <li key={example.title}>
          <button
            type="button"
            className="sql-example"
            title={example.sql}
            onClick={() => {
              onPick(example);
            }}
          >
            <span className="sql-example-title">{example.title}</span>
            <span className="sql-example-description">{example.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
