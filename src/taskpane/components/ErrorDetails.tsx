import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

export interface ErrorDetailsProps {
  /** The technical note (a runtime's error code and words, a cap's figures). */
  readonly detail: string;
  /** The disclosure's label: "详细信息" / "Details". */
  readonly label: string;
}

const useStyles = makeStyles({
  detail: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: 0,
  },
});

/**
 * A closed "详细信息 / Details" disclosure under an error message: the user reads the plain
 * message, and opens this only to pass the technical note on to support. Fluent's Accordion gives
 * the header button its aria-expanded and aria-controls.
 * @example <ErrorDetails label="详细信息" detail="ResponsePayloadSizeLimitExceeded: …" />
 */
export function ErrorDetails({ detail, label }: ErrorDetailsProps) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="detail">
        <AccordionHeader size="small">{label}</AccordionHeader>
        <AccordionPanel>
          <pre className={styles.detail}>{detail}</pre>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
