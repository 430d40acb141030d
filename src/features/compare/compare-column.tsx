import { Link } from 'react-router';
import type { Paper } from '../../lib/types';
import { labelOf } from '../../lib/taxonomy';
import { AuthorByline } from '../../components/author-byline';
import { claimKindLabel } from '../../lib/claims/claim-summary';
import { LinkList } from '../../components/link-list';
import { RichText } from '../../components/rich-text';

function None() {
  return <p className="muted compare-none">None</p>;
}

/** The optional rows some compared paper fills: a row every column would say "None" in is left out. */
export interface CompareRows {
  name: boolean;
  claims: boolean;
  links: boolean;
}

export function compareRows(papers: readonly Paper[]): CompareRows {
  return {
    name: papers.some((p) => p.name),
    claims: papers.some((p) => p.claims.length > 0),
    links: papers.some((p) => p.links.length > 0),
  };
}

/**
 * One paper as a column. Every column has the same rows in the same order (a CSS subgrid),
 * so a row reads across papers even when one cell is empty.
 */
export function CompareColumn({ paper, rows }: { paper: Paper; rows: CompareRows }) {
  const headingId = `compare-${paper.slug}`;
  const tags = [
    ...paper.tags.technique.map((t) => ({
      key: `t-${t.id}`,
      label: labelOf('technique', t.id),
      kind: '',
    })),
    ...paper.tags.modality.map((t) => ({
      key: `m-${t.id}`,
      label: labelOf('modality', t.id),
      kind: 'chip--modality',
    })),
    {
      key: `c-${paper.tags.contribution.id}`,
      label: labelOf('contribution', paper.tags.contribution.id),
      kind: 'chip--claim',
    },
    ...(paper.tags.topic ?? []).map((t) => ({
      key: `p-${t.id}`,
      label: labelOf('topic', t.id),
      kind: '',
    })),
  ];
  return (
    <article className="compare-col" aria-labelledby={headingId}>
      {/* One grid row: the subgrid lines the columns' cells up. */}
      <header>
        <h2 id={headingId} className="compare-title">
          <Link to={`/paper/${paper.slug}`}>{paper.title}</Link>
        </h2>
        <AuthorByline
          className="compare-byline"
          authors={paper.authors ?? []}
          year={paper.year}
          max={6}
        />
      </header>
      {rows.name && (
        <section className="compare-cell">
          <h3>Name</h3>
          {paper.name ? <p className="compare-name">{paper.name}</p> : <None />}
        </section>
      )}
      <section className="compare-cell">
        <h3>Tags</h3>
        <ul className="chip-list">
          {tags.map((t) => (
            <li key={t.key} className={`chip ${t.kind}`}>
              {t.label}
            </li>
          ))}
        </ul>
      </section>
      {rows.claims && (
        <section className="compare-cell">
          <h3>Claims</h3>
          {paper.claims.length === 0 ? (
            <None />
          ) : (
            <ul className="compare-claims">
              {paper.claims.map((c, i) => (
                <li key={`${c.kind}-${i}`}>
                  {claimKindLabel(c) && <span className="claim-kind">{claimKindLabel(c)} </span>}
                  {c.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {rows.links && (
        <section className="compare-cell">
          <h3>Links</h3>
          {paper.links.length === 0 ? (
            <None />
          ) : (
            <LinkList links={paper.links} className="compare-links" />
          )}
        </section>
      )}
      <section className="compare-cell compare-abstract">
        <h3>Abstract</h3>
        {paper.missingAbstract ? (
          <p className="muted">The listing had no abstract for this paper.</p>
        ) : (
          <p>
            <RichText text={paper.abstract} />
          </p>
        )}
      </section>
    </article>
  );
}
