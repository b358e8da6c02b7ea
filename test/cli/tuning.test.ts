import { spawnSync } from "child_process";
import v8 from "v8";
import { TUNING_FLAGS, tuneForOneRun } from "../../src/cli/tuning";

describe("the engine's settings for one run", () => {
  afterEach(() => jest.restoreAllMocks());

  it("sets them on V8 11 (Node 20), where they were measured", () => {
    const set = jest.spyOn(v8, "setFlagsFromString").mockImplementation(() => undefined);
    expect(tuneForOneRun("11.3.244.8-node.38")).toBe(true);
    expect(set).toHaveBeenCalledWith(TUNING_FLAGS);
  });

  it("leaves other versions of V8 as they are", () => {
    const set = jest.spyOn(v8, "setFlagsFromString").mockImplementation(() => undefined);
    expect(tuneForOneRun("12.4.254.21-node.33")).toBe(false);
    expect(tuneForOneRun("10.2.154.26-node.26")).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it("are flags this Node's V8 knows, when it is V8 11 (an unknown one is reported on the console)", () => {
    const child = spawnSync(
      process.execPath,
      ["-e", `require("v8").setFlagsFromString(${JSON.stringify(TUNING_FLAGS)})`],
      { encoding: "utf8" }
    );
    expect(child.status).toBe(0);
    const said = `${child.stdout}${child.stderr}`;
    if (/^11\./.test(process.versions.v8)) expect(said).toBe("");
    else expect(said).toMatch(/unrecognized flag|^$/);
  });
});
