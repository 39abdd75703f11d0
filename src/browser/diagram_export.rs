//! Saves a drawing (the nine-track circle, the timeline chart, a case map)
//! as the reader sees it, selection, zoom and filters and all, as an SVG or
//! PNG file for slides and handouts.
//!
//! Why a restyled copy: the on-screen drawing takes its colours, line widths
//! and fonts from the page's stylesheet (and the timeline's events are HTML
//! boxes over an SVG axis), which a file on its own does not have. So the
//! copy gets each element's computed look, read in the light scheme whatever
//! the reader's, written as presentation attributes (the page's
//! Content-Security-Policy forbids style attributes, and SVG tools read
//! them); `model::formats::drawing` puts it on a sheet with its title,
//! legend and source line. The PNG is that sheet drawn on a canvas at twice
//! its size, so it stays sharp on a projector.
//!
//! This code is reached only through the "drawing export" part
//! (`views::common::drawing_downloads`), fetched when a download is asked for.

use super::download::{blob_of, describe, save};
use crate::model::base::date::HistDate;
use crate::model::base::route::{Page, Route};
use crate::model::content::Dataset;
use crate::model::formats::drawing::{self, Figure, LegendLine, Sheet, SheetParts, MUTED};
use crate::model::geometry::diagram::ModelState;
use crate::model::i18n::ui_text::{fill, lang, ui};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, CssStyleDeclaration, DomRect, Element, HtmlCanvasElement, HtmlImageElement, Url};

/// The properties that carry an SVG drawing's look; the rest is layout or inert.
const STYLED: [&str; 16] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linecap",
    "paint-order",
    "opacity",
    "font-size",
    "font-family",
    "font-style",
    "font-weight",
    "text-anchor",
    "transform",
    "visibility",
];
/// PNG pixels per SVG unit.
const PNG_SCALE: u32 = 2;

/// What is read from the page for one drawing.
struct Collected {
    drawing: String,
    view_box: [i32; 4],
    width: u32,
    name: String,
    title: String,
    legend: Vec<LegendLine>,
    /// The view's title for the source line, and the sources it names.
    view: &'static str,
    sources: Vec<String>,
    stem: String,
}

fn missing() -> JsValue {
    JsValue::from_str(ui().notices.unknown_error)
}

fn find(selector: &str) -> Result<Element, JsValue> {
    document().query_selector(selector)?.ok_or_else(missing)
}

fn style_of(element: &Element) -> Result<CssStyleDeclaration, JsValue> {
    window().get_computed_style(element)?.ok_or_else(missing)
}

/// Whole pixels from a computed length ("3px", "13.3333px"): no float
/// parsing or formatting needed.
fn whole_px(value: &str) -> i32 {
    value.split(['.', 'p']).next().and_then(|n| n.trim().parse().ok()).unwrap_or(0)
}

/// Runs `read` with the page in the light scheme and with transitions off
/// (so computed styles are the drawing's final look, not a frame of an
/// animation), then puts the reader's settings back. Nothing is painted in
/// between: the page never shows the change.
fn in_light_look<T>(read: impl FnOnce() -> T) -> T {
    let Some(root) = document().document_element() else { return read() };
    let (theme, motion) = (root.get_attribute("data-theme"), root.get_attribute("data-motion"));
    let _ = root.set_attribute("data-motion", "reduce");
    let _ = root.set_attribute("data-theme", "light");
    let out = read();
    let _ = match theme {
        Some(theme) => root.set_attribute("data-theme", &theme),
        None => root.remove_attribute("data-theme"),
    };
    // Settle the reader's colours while transitions are still off, so that
    // nothing fades back from the light scheme.
    let _ = style_of(&root).map(|s| s.get_property_value("color"));
    let _ = match motion {
        Some(motion) => root.set_attribute("data-motion", &motion),
        None => root.remove_attribute("data-motion"),
    };
    out
}

/// A deep copy of `svg` with each element's computed look written inline.
fn styled_copy(svg: &Element) -> Result<Element, JsValue> {
    let copy: Element = svg.clone_node_with_deep(true)?.dyn_into()?;
    let originals = svg.query_selector_all("*")?;
    let copies = copy.query_selector_all("*")?;
    for i in 0..originals.length() {
        let (Some(original), Some(target)) = (originals.item(i), copies.item(i)) else { continue };
        let (Ok(original), Ok(target)) = (original.dyn_into::<Element>(), target.dyn_into::<Element>()) else {
            continue;
        };
        let style = style_of(&original)?;
        for p in STYLED {
            let value = style.get_property_value(p).unwrap_or_default();
            let inert = value == "none" && matches!(p, "transform" | "stroke-dasharray");
            if !(value.is_empty() || inert) {
                target.set_attribute(p, &value)?;
            }
        }
        for attribute in ["style", "tabindex", "class", "role", "aria-label", "aria-current", "aria-hidden"] {
            target.remove_attribute(attribute)?;
        }
    }
    Ok(copy)
}

/// The markup of `element`'s children.
fn inner_markup(element: &Element) -> Result<String, JsValue> {
    let serializer = web_sys::XmlSerializer::new()?;
    let children = element.child_nodes();
    let mut out = String::new();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            out.push_str(&serializer.serialize_to_string(&child)?);
        }
    }
    Ok(out)
}

/// An SVG's `viewBox` (whole units), or its size on screen.
fn view_box(svg: &Element) -> [i32; 4] {
    let parsed: Vec<i32> = svg
        .get_attribute("viewBox")
        .map(|v| v.split([' ', ',']).filter_map(|x| x.parse().ok()).collect())
        .unwrap_or_default();
    match parsed[..] {
        [x, y, w, h] => [x, y, w, h],
        _ => {
            let r = svg.get_bounding_client_rect();
            [0, 0, r.width() as i32, r.height() as i32]
        }
    }
}

/// An SVG drawing as shown: its styled markup, its units and the width it
/// stands at on the sheet (at least its width on screen).
fn svg_drawing(svg: &Element) -> Result<(String, [i32; 4], u32), JsValue> {
    let units = view_box(svg);
    let shown = svg.get_bounding_client_rect().width() as i32;
    Ok((inner_markup(&styled_copy(svg)?)?, units, units[2].max(shown).max(1) as u32))
}

/// An HTML box of the timeline (an event, a cluster's button) drawn in SVG:
/// its background, its marked edges or its border, its outline and its text.
fn html_box(element: &Element, origin: &DomRect, inset: (i32, i32)) -> Result<String, JsValue> {
    let r = element.get_bounding_client_rect();
    let x = (r.left() - origin.left()) as i32 - inset.0;
    let y = (r.top() - origin.top()) as i32 - inset.1;
    let (w, h) = (r.width() as i32, r.height() as i32);
    if w <= 0 || h <= 0 {
        return Ok(String::new());
    }
    let s = style_of(element)?;
    let get = |p: &str| s.get_property_value(p).unwrap_or_default();
    let paint = |v: String| if v.is_empty() || v == "rgba(0, 0, 0, 0)" { "none".to_string() } else { v };
    let side = |name: &str| (whole_px(&get(&format!("border-{name}-width"))), get(&format!("border-{name}-color")));
    let (left, right, top) = (side("left"), side("right"), side("top"));
    let rounded = whole_px(&get("border-top-left-radius")).min(h / 2);
    let mut out = String::new();
    let (outline, outline_width) = (get("outline-style"), whole_px(&get("outline-width")));
    let ring = if top.0 > 0 && left.0 == top.0 && right.0 == top.0 {
        format!(" stroke=\"{}\" stroke-width=\"{}\"", top.1, top.0)
    } else if outline != "none" && outline_width > 0 {
        format!(" stroke=\"{}\" stroke-width=\"{outline_width}\"", get("outline-color"))
    } else {
        String::new()
    };
    out.push_str(&format!(
        "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{rounded}\" fill=\"{}\"{ring}/>",
        paint(get("background-color"))
    ));
    // The marked edge (an event's moment): a line, dashed for a case.
    if ring.is_empty() || outline_width > 0 {
        for (edge, (width, colour), name) in [(x, &left, "left"), (x + w, &right, "right")] {
            if *width > 0 {
                let width = *width;
                let at = if name == "left" { edge + width / 2 } else { edge - (width + 1) / 2 };
                let dash =
                    if get(&format!("border-{name}-style")) == "dashed" { " stroke-dasharray=\"6 3\"" } else { "" };
                out.push_str(&format!(
                    "<line x1=\"{at}\" y1=\"{y}\" x2=\"{at}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"{width}\"{dash}/>",
                    y + h
                ));
            }
        }
    }
    let text = element.text_content().unwrap_or_default();
    let centred = get("text-align") == "center" || element.local_name() == "button";
    let rtl = get("direction") == "rtl";
    let (anchor, tx) = if centred {
        ("middle", x + w / 2)
    } else if rtl {
        ("start", x + w - right.0 - whole_px(&get("padding-right")))
    } else {
        ("start", x + left.0 + whole_px(&get("padding-left")))
    };
    out.push_str(&format!(
        "<text x=\"{tx}\" y=\"{}\" dominant-baseline=\"central\" text-anchor=\"{anchor}\" fill=\"{}\" font-size=\"{}\" font-style=\"{}\" font-weight=\"{}\">{}</text>\n",
        y + h / 2,
        get("color"),
        get("font-size"),
        get("font-style"),
        get("font-weight"),
        drawing::escape(text.trim())
    ));
    Ok(out)
}

/// The nine-track circle on Tracks.
fn circle(content: &Dataset, year: i32, selected: Option<u8>) -> Result<Collected, JsValue> {
    let svg = find(".tracks-circle .model-diagram svg")?;
    let (markup, units, width) = svg_drawing(&svg)?;
    let state = ModelState::in_year(content, year);
    let mut legend: Vec<LegendLine> =
        state.export_legend(content, selected).into_iter().map(LegendLine::text).collect();
    let title = if legend.is_empty() { String::new() } else { legend.remove(0).text };
    let cites = content.track_system.iter().chain([&content.redesign]).flat_map(|p| &p.cite);
    Ok(Collected {
        drawing: markup,
        view_box: units,
        width,
        name: svg.get_attribute("aria-label").unwrap_or_else(|| title.clone()),
        title,
        legend,
        view: Page::Tracks.title(),
        sources: drawing::cited_sources(content, cites),
        stem: state.export_file_stem(selected),
    })
}

/// A year from a day count the chart writes (days since year 0).
fn year_of(days: Option<String>) -> i64 {
    days.and_then(|d| d.parse::<i64>().ok()).map_or(0, |d| (d * 4).div_euclid(1461))
}

/// The timeline chart: its axis and eras as SVG, its events and clusters
/// as the boxes they are drawn in.
fn timeline(content: &Dataset) -> Result<Collected, JsValue> {
    let area = find(".chart-area")?;
    let (width, height) = (area.client_width(), area.client_height());
    let origin = area.get_bounding_client_rect();
    let inset = (area.client_left(), area.client_top());
    let mut markup = String::new();
    if let Some(axis) = area.query_selector("svg.chart-axis")? {
        markup.push_str(&inner_markup(&styled_copy(&axis)?)?);
    }
    let boxes = area.query_selector_all(".chart-event, .chart-cluster button")?;
    let mut cites = Vec::new();
    let mut legend = Vec::new();
    for i in 0..boxes.length() {
        let Some(element) = boxes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        markup.push_str(&html_box(&element, &origin, inset)?);
        let id = element.get_attribute("href").and_then(|h| Route::parse(&h).item);
        if let Some(event) = id.and_then(|id| content.event(&id)) {
            cites.extend(event.cite.iter());
        }
        if element.get_attribute("aria-current").as_deref() == Some("true") {
            let label = element.get_attribute("aria-label").unwrap_or_default();
            legend.push(LegendLine::text(fill(ui().reading.drawing_selected_event, &[("event", &label)])));
        }
    }
    let (from, to) = (year_of(area.get_attribute("data-start-day")), year_of(area.get_attribute("data-end-day")));
    // The guide's history, or the reader's own timeline, as its heading names it.
    let view = Page::Timeline.title();
    let heading = document().query_selector("main h1").ok().flatten().and_then(|h| h.text_content());
    let heading = heading.map(|h| h.trim().to_string()).filter(|h| !h.is_empty()).unwrap_or_else(|| view.into());
    let title = fill(ui().reading.drawing_timeline_title, &[("view", &heading), ("from", &from), ("to", &to)]);
    Ok(Collected {
        drawing: markup,
        view_box: [0, 0, width, height],
        width: width.max(1) as u32,
        name: title.clone(),
        title,
        legend,
        view,
        sources: drawing::cited_sources(content, cites),
        stem: drawing::timeline_stem(from, to),
    })
}

/// A case map, with its legend of relation kinds (each with its line).
fn case_map(content: &Dataset, id: &str) -> Result<Collected, JsValue> {
    let svg = find(".case-canvas .case-svg")?;
    let (markup, units, width) = svg_drawing(&svg)?;
    let title = find("#case-title-heading")?.text_content().unwrap_or_default();
    let mut legend = Vec::new();
    let items = document().query_selector_all(".case-canvas .case-legend li")?;
    for i in 0..items.length() {
        let Some(item) = items.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let sample = match item.query_selector("svg")? {
            Some(line) => Some(inner_markup(&styled_copy(&line)?)?),
            None => Some(format!(
                "<circle cx=\"8\" cy=\"5\" r=\"6\" fill=\"none\" stroke=\"{MUTED}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
            )),
        };
        legend.push(LegendLine { sample, text: item.text_content().unwrap_or_default().trim().to_string() });
    }
    let cites = content.case_study(id).map(|s| s.cite.as_slice()).unwrap_or_default();
    Ok(Collected {
        drawing: markup,
        view_box: units,
        width,
        name: fill("{a}: {b}", &[("a", &ui().cases.canvas_label), ("b", &title)]),
        title,
        legend,
        view: Page::Cases.title(),
        sources: drawing::cited_sources(content, cites),
        stem: drawing::case_stem(id),
    })
}

/// Today, as the page's language writes a date.
fn today() -> String {
    let now = js_sys::Date::new_0();
    HistDate::from_parts(now.get_full_year().into(), Some(now.get_month() as u8 + 1), Some(now.get_date() as u8), None)
        .map(|d| d.label())
        .unwrap_or_default()
}

/// Makes `figure`'s file and saves it; `done` hears what became of it, in
/// words for the reader.
pub fn export(figure: Figure, content: &'static Dataset, png: bool, done: Box<dyn FnOnce(String)>) {
    let t = &ui().reading;
    // What the drawing shows, as the view itself reads it from the address.
    let route = Route::parse(&window().location().hash().unwrap_or_default());
    let collected = in_light_look(|| match figure {
        Figure::Circle => {
            let (year, selected) = drawing::circle_shown(&route, content);
            circle(content, year, selected)
        }
        Figure::Timeline => timeline(content),
        Figure::Case => case_map(content, route.item.as_deref().unwrap_or_default()),
    });
    let c = match collected {
        Ok(c) => c,
        Err(e) => return done(fill(t.could_not_prepare, &[("reason", &describe(&e))])),
    };
    let basis = content.reference(drawing::BASIS).map_or(drawing::BASIS, |r| r.short.as_str());
    let source = drawing::source_line(c.view, basis, &c.sources, &today());
    let sheet = drawing::sheet(&SheetParts {
        drawing: &c.drawing,
        view_box: c.view_box,
        width: c.width,
        name: &c.name,
        title: &c.title,
        legend: &c.legend,
        source: &source,
        lang: lang().code(),
        rtl: lang().is_rtl(),
    });
    let file = drawing::file_name(&c.stem, png);
    let saved = fill(t.saved_file, &[("file", &file)]);
    if png {
        save_png(&sheet, &file, move |result| {
            done(result.map_or_else(|e| fill(t.could_not_make_png, &[("reason", &e)]), |()| saved));
        });
    } else {
        let result = blob_of(&sheet.markup, "image/svg+xml").and_then(|blob| save(&blob, &file));
        done(result.map_or_else(|e| fill(t.could_not_save, &[("reason", &describe(&e))]), |()| saved));
    }
}

/// Draws the sheet on a canvas and saves the PNG; `done` hears of the
/// outcome once, which can only come after the image has loaded (or failed to).
fn save_png(sheet: &Sheet, filename: &str, done: impl FnOnce(Result<(), String>) + 'static) {
    type Done = Rc<RefCell<Option<Box<dyn FnOnce(Result<(), String>)>>>>;
    let done: Done = Rc::new(RefCell::new(Some(Box::new(done))));
    let tell = |done: &Done, result: Result<(), String>| {
        if let Some(done) = done.borrow_mut().take() {
            done(result);
        }
    };
    let prepared = blob_of(&sheet.markup, "image/svg+xml")
        .and_then(|blob| Url::create_object_url_with_blob(&blob))
        .and_then(|url| Ok((url, HtmlImageElement::new()?)));
    let (url, image) = match prepared {
        Ok(made) => made,
        Err(e) => return tell(&done, Err(describe(&e))),
    };
    let (width, height) = (sheet.width * PNG_SCALE, sheet.height * PNG_SCALE);
    let filename = filename.to_string();
    let loaded = image.clone();
    let svg_url = url.clone();
    let on_load_done = done.clone();
    let on_load = Closure::once_into_js(move || {
        Url::revoke_object_url(&svg_url).unwrap_or_default();
        let drawn = (|| -> Result<HtmlCanvasElement, JsValue> {
            let canvas: HtmlCanvasElement = document().create_element("canvas")?.dyn_into()?;
            canvas.set_width(width);
            canvas.set_height(height);
            let context: web_sys::CanvasRenderingContext2d =
                canvas.get_context("2d")?.ok_or(ui().my_data.no_canvas)?.dyn_into()?;
            context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, width.into(), height.into())?;
            Ok(canvas)
        })();
        let canvas = match drawn {
            Ok(canvas) => canvas,
            Err(e) => return tell(&on_load_done, Err(describe(&e))),
        };
        let blob_done = on_load_done.clone();
        let on_blob = Closure::once_into_js(move |blob: Option<Blob>| {
            tell(
                &blob_done,
                match blob {
                    Some(blob) => save(&blob, &filename).map_err(|e| describe(&e)),
                    None => Err(ui().my_data.no_png.into()),
                },
            )
        });
        if let Err(e) = canvas.to_blob(on_blob.unchecked_ref()) {
            tell(&on_load_done, Err(describe(&e)));
        }
    });
    let on_error = Closure::once_into_js(move || tell(&done, Err(ui().my_data.no_png.into())));
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_onerror(Some(on_error.unchecked_ref()));
    image.set_src(&url);
}
