import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { HostError } from "../../src/core";
import { messagesFor } from "../../src/locales";
import { ErrorDetails } from "../../src/taskpane/components/ErrorDetails";
import { FailureBars } from "../../src/taskpane/components/FailureBars";
import { paneMessages } from "../../src/taskpane/messages";
import { toFailure } from "../../src/taskpane/useDuibiao";
import { fakeHost } from "./fake-host";
import { renderPane } from "./render";

const noop = () => undefined;

describe("ErrorDetails", () => {
  test("is closed at first, opens on its button, and passes an accessibility check both ways", async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ErrorDetails label="详细信息" detail="sheetCells 17179869184 > 16777216" />
      </FluentProvider>
    );
    const button = screen.getByRole("button", { name: "详细信息" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText("sheetCells 17179869184 > 16777216")).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("sheetCells 17179869184 > 16777216")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("FailureBars", () => {
  const t = paneMessages("en-US");

  test("offers a host error's detail under Details, and none where there is no detail", () => {
    const withDetail = toFailure(
      "refresh",
      new HostError("tooLarge", "Too large.", undefined, "cells 20000000 > 16777216")
    );
    const without = toFailure("scan", new HostError("noTables", "No table."));
    render(
      <FluentProvider theme={webLightTheme}>
        <FailureBars failures={[withDetail, without]} t={t} onDismiss={noop} onRescan={noop} />
      </FluentProvider>
    );
    expect(screen.getAllByRole("button", { name: "Details" })).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText("cells 20000000 > 16777216")).toBeTruthy();
  });
});

describe("the pane with a workbook too large to read", () => {
  test("shows the host's message, and the figures only under 详细信息", async () => {
    const host = fakeHost();
    const message = messagesFor("zh-CN").host.tooLargeCells;
    host.scan.mockRejectedValueOnce(
      new HostError("tooLarge", message, undefined, "cells 20000000 > 16777216")
    );
    const { container } = await renderPane(host);
    expect(screen.getByText("读取考核表失败")).toBeTruthy();
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByText("cells 20000000 > 16777216")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "详细信息" }));
    expect(screen.getByText("cells 20000000 > 16777216")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });
});
