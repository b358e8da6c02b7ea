import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkColor, paneEnvironment } from "../../src/taskpane/office-context";

describe("paneEnvironment(Office.context)", () => {
  test("English for any en display language, Chinese for anything else", () => {
    expect(paneEnvironment({ displayLanguage: "en-US" }).locale).toBe("en-US");
    expect(paneEnvironment({ displayLanguage: "en-GB" }).locale).toBe("en-US");
    expect(paneEnvironment({ displayLanguage: "zh-CN" }).locale).toBe("zh-CN");
    expect(paneEnvironment({ displayLanguage: "zh-TW" }).locale).toBe("zh-CN");
    expect(paneEnvironment({ displayLanguage: "fr-FR" }).locale).toBe("zh-CN");
    expect(paneEnvironment({}).locale).toBe("zh-CN");
    expect(paneEnvironment(undefined).locale).toBe("zh-CN");
  });

  test("the dark theme when Office's body background is dark", () => {
    const dark = { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#262626" } };
    const light = { displayLanguage: "zh-CN", officeTheme: { bodyBackgroundColor: "#FFFFFF" } };
    expect(paneEnvironment(dark).theme).toBe(webDarkTheme);
    expect(paneEnvironment(light).theme).toBe(webLightTheme);
  });

  test("the light theme when there is no officeTheme (Excel on the web, older hosts)", () => {
    expect(paneEnvironment({ displayLanguage: "zh-CN" }).theme).toBe(webLightTheme);
    expect(paneEnvironment({ displayLanguage: "zh-CN", officeTheme: null }).theme).toBe(
      webLightTheme
    );
    expect(paneEnvironment({ officeTheme: {} }).theme).toBe(webLightTheme);
  });
});

describe("isDarkColor(color)", () => {
  test.each([
    ["#000000", true],
    ["#262626", true],
    ["#1f1f1f", true],
    ["#ffffff", false],
    ["#E6E6E6", false],
    ["FFFFFF", false],
    ["", false],
    [undefined, false],
    ["black", false],
  ])("%p → %p", (color, expected) => {
    expect(isDarkColor(color)).toBe(expected);
  });
});
