/**
 * Conditional formats: all eight types are recorded with their rules and formats; none is
 * evaluated.
 */
import { ConditionalCellValueOperator, ConditionalFormatType } from "./enums";
import { fail } from "./errors";
import { RangeEntity, linkClass, makeRange } from "./excel-range";
import { ConditionalFormatState, Rec, clone } from "./objects-state";
import {
  RecordEntity,
  RecordOwner,
  check,
  classFor,
  nested,
  recordSpec,
  registerRecordClass,
} from "./records";
import { ClientObject, Execution, TypeSpec, defineMembers } from "./request";
import { color, sheetOf, wholeIndex } from "./sheet-objects";

function cfOwner(cf: ConditionalFormatState): RecordOwner {
  return {
    alive: () => !cf.deleted,
    requireEditable: (x, location) =>
      x.state.requireFormattable(sheetOf(x.state, cf.sheetId), location),
  };
}

class ConditionalClearable extends ClientObject {
  clear(): void {
    this._call("Clear", [], (e, x) => {
      const r = e as RecordEntity;
      r.owner.requireEditable(x, "ConditionalRangeFormat.clear");
      for (const k of Object.keys(r.rec)) r.rec[k] = null;
    });
  }
}

const ConditionalRangeFillSpec = recordSpec("ConditionalRangeFill", { color: { validate: color } });
registerRecordClass(ConditionalRangeFillSpec, class extends ConditionalClearable {} as never);
const ConditionalRangeFontSpec = recordSpec("ConditionalRangeFont", {
  bold: { validate: check.boolean },
  italic: { validate: check.boolean },
  color: { validate: color },
  strikethrough: { validate: check.boolean },
  underline: { validate: check.string },
});
registerRecordClass(ConditionalRangeFontSpec, class extends ConditionalClearable {} as never);
const ConditionalRangeFormatSpec = recordSpec(
  "ConditionalRangeFormat",
  { numberFormat: {} },
  {
    fill: nested(() => ConditionalRangeFillSpec, "fill"),
    font: nested(() => ConditionalRangeFontSpec, "font"),
  }
);
const ConditionalFormatRuleSpec = recordSpec("ConditionalFormatRule", {
  formula: { validate: check.string },
  formulaLocal: { validate: check.string },
  formulaR1C1: { validate: check.string },
});
const withFormat = { format: nested(() => ConditionalRangeFormatSpec, "format") };
const objectRule = (v: unknown, location: string) =>
  typeof v === "object" && v !== null
    ? clone(v)
    : fail("InvalidArgument", location, "Expected an object.");

const CF_TYPES: Record<string, { nav: string; spec: TypeSpec; detail(): Rec }> = {
  Custom: {
    nav: "custom",
    spec: recordSpec(
      "CustomConditionalFormat",
      {},
      { rule: nested(() => ConditionalFormatRuleSpec, "rule"), ...withFormat }
    ),
    detail: () => ({
      rule: { formula: "", formulaLocal: "", formulaR1C1: "" },
      format: conditionalFormatRecord(),
    }),
  },
  CellValue: {
    nav: "cellValue",
    spec: recordSpec(
      "CellValueConditionalFormat",
      {
        rule: {
          validate: (v, location) => {
            const rule = objectRule(v, location) as Rec;
            check.oneOf(Object.values(ConditionalCellValueOperator))(rule.operator, location);
            return rule;
          },
        },
      },
      withFormat
    ),
    detail: () => ({ rule: null, format: conditionalFormatRecord() }),
  },
  ColorScale: {
    nav: "colorScale",
    spec: recordSpec("ColorScaleConditionalFormat", {
      criteria: {
        validate: (v, location, rec) => {
          const criteria = objectRule(v, location) as Rec;
          rec.threeColorScale = criteria.midpoint !== undefined && criteria.midpoint !== null;
          return criteria;
        },
      },
      threeColorScale: { readOnly: true },
    }),
    detail: () => ({ criteria: null, threeColorScale: false }),
  },
  DataBar: {
    nav: "dataBar",
    spec: recordSpec(
      "DataBarConditionalFormat",
      {
        barDirection: { validate: check.string },
        showDataBarOnly: { validate: check.boolean },
        axisColor: { validate: check.string },
        axisFormat: { validate: check.string },
        lowerBoundRule: { validate: objectRule },
        upperBoundRule: { validate: objectRule },
      },
      {
        positiveFormat: nested(() => DataBarPositiveSpec, "positiveFormat"),
        negativeFormat: nested(() => DataBarNegativeSpec, "negativeFormat"),
      }
    ),
    detail: () => ({
      barDirection: "Context",
      showDataBarOnly: false,
      axisColor: "#000000",
      axisFormat: "Automatic",
      lowerBoundRule: { type: "LowestValue" },
      upperBoundRule: { type: "HighestValue" },
      positiveFormat: { fillColor: "#638EC6", gradientFill: true, borderColor: "" },
      negativeFormat: {
        fillColor: "#FF0000",
        borderColor: "",
        matchPositiveFillColor: false,
        matchPositiveBorderColor: false,
      },
    }),
  },
  IconSet: {
    nav: "iconSet",
    spec: recordSpec("IconSetConditionalFormat", {
      style: { validate: check.string },
      reverseIconOrder: { validate: check.boolean },
      showIconOnly: { validate: check.boolean },
      criteria: {
        validate: (v, location) =>
          Array.isArray(v) ? clone(v) : fail("InvalidArgument", location, "Expected an array."),
      },
    }),
    detail: () => ({
      style: "ThreeTrafficLights1",
      reverseIconOrder: false,
      showIconOnly: false,
      criteria: [],
    }),
  },
  TopBottom: {
    nav: "topBottom",
    spec: recordSpec("TopBottomConditionalFormat", { rule: { validate: objectRule } }, withFormat),
    detail: () => ({ rule: { rank: 10, type: "TopItems" }, format: conditionalFormatRecord() }),
  },
  PresetCriteria: {
    nav: "preset",
    spec: recordSpec(
      "PresetCriteriaConditionalFormat",
      { rule: { validate: objectRule } },
      withFormat
    ),
    detail: () => ({ rule: { criterion: "Invalid" }, format: conditionalFormatRecord() }),
  },
  ContainsText: {
    nav: "textComparison",
    spec: recordSpec("TextConditionalFormat", { rule: { validate: objectRule } }, withFormat),
    detail: () => ({ rule: { operator: "Contains", text: "" }, format: conditionalFormatRecord() }),
  },
};
const DataBarPositiveSpec = recordSpec("ConditionalDataBarPositiveFormat", {
  fillColor: { validate: check.string },
  gradientFill: { validate: check.boolean },
  borderColor: { validate: check.string },
});
const DataBarNegativeSpec = recordSpec("ConditionalDataBarNegativeFormat", {
  fillColor: { validate: check.string },
  borderColor: { validate: check.string },
  matchPositiveFillColor: { validate: check.boolean },
  matchPositiveBorderColor: { validate: check.boolean },
});

function conditionalFormatRecord(): Rec {
  return {
    numberFormat: null,
    fill: { color: null },
    font: { bold: null, italic: null, color: null, strikethrough: null, underline: null },
  };
}

export class ConditionalFormatObject extends ClientObject {
  delete(): void {
    this._call("Delete", [], (c, x) => {
      const cf = c as ConditionalFormatState;
      const sheet = sheetOf(x.state, cf.sheetId);
      x.state.requireFormattable(sheet, "ConditionalFormat.delete");
      cf.deleted = true;
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
    });
  }

  getRange(): ClientObject {
    return makeRange(this, "GetRange", [], ((cf: ConditionalFormatState, x: Execution) => {
      if (cf.areas.length !== 1)
        fail(
          "InvalidOperation",
          "ConditionalFormat.getRange",
          "The format applies to several areas."
        );
      return { sheet: sheetOf(x.state, cf.sheetId), area: cf.areas[0] };
    }) as never);
  }

  getRangeOrNullObject(): ClientObject {
    return makeRange(this, "GetRangeOrNullObject", [], ((
      cf: ConditionalFormatState,
      x: Execution
    ) =>
      cf.areas.length === 1
        ? { sheet: sheetOf(x.state, cf.sheetId), area: cf.areas[0] }
        : null) as never);
  }
}

function cfNav(type: string, orNull: boolean) {
  const { spec, nav } = CF_TYPES[type];
  return {
    type: () => spec,
    create: (p: ClientObject) =>
      new (classFor(spec))(p._context, p, spec, ((cf: ConditionalFormatState) => {
        if (cf.type !== type) {
          if (orNull) return null;
          fail(
            "InvalidOperation",
            `ConditionalFormat.${nav}`,
            `This conditional format is of type ${cf.type}.`
          );
        }
        return { rec: cf.detail, owner: cfOwner(cf) };
      }) as never),
  };
}

export const ConditionalFormatSpec: TypeSpec = {
  name: "ConditionalFormat",
  alive: (cf: ConditionalFormatState) => !cf.deleted,
  props: {
    id: { get: (cf: ConditionalFormatState) => cf.id },
    type: { get: (cf: ConditionalFormatState) => cf.type },
    priority: {
      get: (cf: ConditionalFormatState) => cf.priority,
      set: (cf: ConditionalFormatState, v: unknown, x: Execution) => {
        const sheet = sheetOf(x.state, cf.sheetId);
        x.state.requireFormattable(sheet, "ConditionalFormat.priority");
        const list = sheet.conditionalFormats
          .filter((o) => o !== cf)
          .sort((a, b) => a.priority - b.priority);
        list.splice(Math.min(wholeIndex(v, "ConditionalFormat.priority"), list.length), 0, cf);
        list.forEach((o, i) => (o.priority = i));
      },
    },
    stopIfTrue: {
      get: (cf: ConditionalFormatState) => cf.stopIfTrue,
      set: (cf: ConditionalFormatState, v: unknown, x: Execution) => {
        x.state.requireFormattable(sheetOf(x.state, cf.sheetId), "ConditionalFormat.stopIfTrue");
        cf.stopIfTrue = check.boolean(v, "ConditionalFormat.stopIfTrue");
      },
    },
  },
  navs: Object.fromEntries(
    Object.entries(CF_TYPES).flatMap(([type, { nav }]) => [
      [nav, cfNav(type, false)],
      [`${nav}OrNullObject`, cfNav(type, true)],
    ])
  ),
};
defineMembers(ConditionalFormatObject, ConditionalFormatSpec);

function formatsOn(e: RangeEntity): ConditionalFormatState[] {
  return e.sheet.conditionalFormats
    .filter((f) =>
      f.areas.some(
        (a) =>
          a.top <= e.area.bottom &&
          e.area.top <= a.bottom &&
          a.left <= e.area.right &&
          e.area.left <= a.right
      )
    )
    .sort((a, b) => a.priority - b.priority);
}

export class ConditionalFormatCollectionObject extends ClientObject {
  add(type: string): ConditionalFormatObject {
    return new ConditionalFormatObject(
      this._context,
      this,
      ConditionalFormatSpec,
      ((e: RangeEntity, x: Execution) => {
        const location = "ConditionalFormatCollection.add";
        const t = check.oneOf(Object.values(ConditionalFormatType))(type, location);
        x.state.requireFormattable(e.sheet, location);
        for (const f of e.sheet.conditionalFormats) f.priority += 1;
        const cf: ConditionalFormatState = {
          id: x.state.newId("0CF0"),
          type: t,
          sheetId: e.sheet.id,
          areas: [e.area],
          priority: 0,
          stopIfTrue: false,
          detail: CF_TYPES[t].detail(),
          deleted: false,
        };
        e.sheet.conditionalFormats.push(cf);
        return cf;
      }) as never,
      { method: "Add", args: [type] }
    );
  }

  getCount(): { value: number } {
    return this._callResult("GetCount", [], (e) => formatsOn(e as RangeEntity).length);
  }

  getItem(id: string): ConditionalFormatObject {
    return new ConditionalFormatObject(
      this._context,
      this,
      ConditionalFormatSpec,
      ((e: RangeEntity) =>
        formatsOn(e).find((f) => f.id === id) ??
        fail(
          "ItemNotFound",
          "ConditionalFormatCollection.getItem",
          `No conditional format '${id}'.`
        )) as never,
      {
        method: "GetItem",
        args: [id],
      }
    );
  }

  getItemAt(i: number): ConditionalFormatObject {
    return new ConditionalFormatObject(
      this._context,
      this,
      ConditionalFormatSpec,
      ((e: RangeEntity) =>
        formatsOn(e)[wholeIndex(i, "ConditionalFormatCollection.getItemAt")] ??
        fail(
          "InvalidArgument",
          "ConditionalFormatCollection.getItemAt",
          `No conditional format at ${i}.`
        )) as never,
      {
        method: "GetItemAt",
        args: [i],
      }
    );
  }

  clearAll(): void {
    this._call("ClearAll", [], (r, x) => {
      const e = r as RangeEntity;
      x.state.requireFormattable(e.sheet, "ConditionalFormatCollection.clearAll");
      for (const f of formatsOn(e)) f.deleted = true;
      e.sheet.conditionalFormats = e.sheet.conditionalFormats.filter((f) => !f.deleted);
    });
  }
}
export const ConditionalFormatCollectionSpec: TypeSpec = {
  name: "ConditionalFormatCollection",
  rangeLike: true,
  alive: (e: RangeEntity) => !e.sheet.deleted,
  props: {},
  navs: {},
  items: {
    list: (e: RangeEntity) => formatsOn(e),
    make: (parent, entity) =>
      new ConditionalFormatObject(parent._context, parent, ConditionalFormatSpec, null, {
        bound: { entity },
      }),
    itemType: () => ConditionalFormatSpec,
  },
};
defineMembers(ConditionalFormatCollectionObject, ConditionalFormatCollectionSpec);

linkClass("ConditionalFormatCollection", {
  spec: ConditionalFormatCollectionSpec,
  make: (p) =>
    new ConditionalFormatCollectionObject(
      p._context,
      p,
      ConditionalFormatCollectionSpec,
      (e: unknown) => e
    ),
});
