interface Props {
  page: number;
  pageCount: number;
  onChange: (page: number) => void;
}

export function Pagination({ page, pageCount, onChange }: Props) {
  const step = (to: number, label: string) => (
    <button
      type="button"
      className="button"
      disabled={to < 1 || to > pageCount}
      onClick={() => onChange(to)}
    >
      {label}
    </button>
  );
  return (
    <nav className="pagination" aria-label="Pages of results">
      {step(page - 1, '← Previous')}
      <span>
        Page {page} of {pageCount}
      </span>
      {step(page + 1, 'Next →')}
    </nav>
  );
}
