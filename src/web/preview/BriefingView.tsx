import { makeStyles, tokens } from "@fluentui/react-components";
import type { WebMessages } from "../../locales/web.zh-CN";
import type { BriefingDoc } from "../worker/protocol";
import { ChartView } from "./ChartView";

const useStyles = makeStyles({
  article: {
    maxWidth: "760px",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, textAlign: "center" },
  heading: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400 },
  paragraph: { margin: 0, textIndent: "2em", lineHeight: tokens.lineHeightBase400 },
});

export interface BriefingViewProps {
  readonly doc: BriefingDoc;
  /** The title's heading level: below the page's own headings on screen, the top when printed. */
  readonly level: 1 | 3;
  readonly t: WebMessages;
  /** Fonts for the printed copy (official documents: 黑体 headings, 仿宋 text). */
  readonly fonts?: WebMessages["fonts"];
}

/** The briefing as a document: title, section headings, paragraphs, then its charts. */
export function BriefingView({ doc, level, t, fonts }: BriefingViewProps) {
  const styles = useStyles();
  const Title = level === 1 ? "h1" : "h3";
  const Heading = level === 1 ? "h2" : "h4";
  const headingFont = fonts ? { fontFamily: fonts.heading } : undefined;
  const bodyFont = fonts ? { fontFamily: fonts.body } : undefined;
  return (
    <article className={styles.article} data-testid={level === 1 ? "print-briefing" : "briefing"}>
      <Title className={styles.title} style={headingFont}>
        {doc.title}
      </Title>
      {doc.sections.map((s, i) => (
        <section key={i}>
          <Heading className={styles.heading} style={headingFont}>
            {s.heading}
          </Heading>
          {s.paragraphs.map((p, j) => (
            <p key={j} className={styles.paragraph} style={bodyFont}>
              {p}
            </p>
          ))}
        </section>
      ))}
      {doc.charts.map((c, i) => (
        <ChartView key={i} model={c} t={t} />
      ))}
    </article>
  );
}
