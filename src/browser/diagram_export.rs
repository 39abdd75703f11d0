//! Saves a diagram, as the reader sees it (selection and all), as an SVG or
//! PNG file for slides and handouts.
//!
//! Why a restyled copy: the on-screen SVG takes its colours, line
//! widths and node positions from the page's stylesheet, which a file on its
//! own does not have. So the copy gets each element's computed look written
//! as presentation attributes, a background, a title, and the legend of track names that the page
//! shows in HTML beside the figure. The PNG is that SVG drawn on a canvas at
//! twice its size, so it stays sharp on a projector.

use super::download::{blob_of, describe, save};
use crate::model::i18n::ui_text::ui;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Blob, Element, HtmlCanvasElement, HtmlImageElement, Url};

/// The properties that carry the drawing's look; the rest is layout or inert.
const STYLED: [&str; 10] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "opacity",
    "font-size",
    "font-family",
    "font-weight",
    "transform",
    "visibility",
];
const SVG_NS: &str = "http://www.w3.org/2000/svg";
/// A class that turns transitions off (style/main.css).
const EXPORTING: &str = "exporting";
const LEGEND_LINE: u32 = 16;
/// PNG pixels per SVG unit.
const PNG_SCALE: u32 = 2;

/// A standalone SVG document and its size in SVG units (whole units:
/// formatting and parsing floats would add about 10 KB of wasm).
pub struct Drawing {
    pub markup: String,
    pub width: u32,
    pub height: u32,
}

fn svg_element(name: &str) -> Result<Element, JsValue> {
    document().create_element_ns(Some(SVG_NS), name)
}

/// A deep copy of `svg` with each element's computed look written inline.
fn styled_copy(svg: &Element) -> Result<Element, JsValue> {
    let window = window();
    let copy: Element = svg.clone_node_with_deep(true)?.dyn_into()?;
    let originals = svg.query_selector_all("*")?;
    let copies = copy.query_selector_all("*")?;
    for i in 0..originals.length() {
        let (Some(original), Some(target)) = (originals.item(i), copies.item(i)) else { continue };
        let (Ok(original), Ok(target)) = (original.dyn_into::<Element>(), target.dyn_into::<Element>()) else {
            continue;
        };
        let Some(style) = window.get_computed_style(&original)? else { continue };
        // Presentation attributes, not a style attribute: the page's
        // Content-Security-Policy forbids inline styles, and SVG tools read both.
        for p in STYLED {
            let value = style.get_property_value(p).unwrap_or_default();
            if !(value.is_empty() || (p == "transform" && value == "none")) {
                target.set_attribute(p, &value)?;
            }
        }
        for attribute in ["style", "tabindex", "class", "aria-current", "aria-hidden"] {
            target.remove_attribute(attribute)?;
        }
    }
    Ok(copy)
}

/// A copy of `svg` that looks the same on its own, with `title` and `lines`
/// of text (the legend) under the drawing.
pub fn standalone_svg(svg: &Element, title: &str, lines: &[String]) -> Result<Drawing, JsValue> {
    let window = window();
    // Read the drawing as it will end, not part-way through an animation:
    // with transitions cancelled, computed styles are the final values.
    let classes = svg.class_list();
    classes.add_1(EXPORTING)?;
    let copy = styled_copy(svg);
    classes.remove_1(EXPORTING)?;
    let copy = copy?;
    let (width, height) = svg
        .get_attribute("viewBox")
        .and_then(|v| {
            let n: Vec<u32> = v.split_whitespace().filter_map(|x| x.parse().ok()).collect();
            (n.len() == 4).then(|| (n[2], n[3]))
        })
        .unwrap_or((320, 300));
    let legend_top = height + 8;
    let height = legend_top + LEGEND_LINE * lines.len() as u32 + 8;

    let background = svg_element("rect")?;
    background.set_attribute("width", "100%")?;
    background.set_attribute("height", "100%")?;
    let body: Element = document().body().ok_or(ui().my_data.no_body)?.into();
    let page = window.get_computed_style(&body)?;
    let (bg, fg) = page.map_or(("#ffffff".into(), "#000000".into()), |s| {
        (
            s.get_property_value("background-color").unwrap_or_default(),
            s.get_property_value("color").unwrap_or_default(),
        )
    });
    background.set_attribute("fill", &bg)?;
    copy.prepend_with_node_1(&background)?;
    let title_element = svg_element("title")?;
    title_element.set_text_content(Some(title));
    copy.prepend_with_node_1(&title_element)?;

    for (i, line) in lines.iter().enumerate() {
        let text = svg_element("text")?;
        text.set_attribute("x", "12")?;
        text.set_attribute("y", &(legend_top + LEGEND_LINE * (i as u32 + 1) - 4).to_string())?;
        text.set_attribute("fill", &fg)?;
        text.set_attribute("font-size", "11px")?;
        text.set_attribute("font-weight", if i == 0 { "bold" } else { "normal" })?;
        text.set_attribute("font-family", "sans-serif")?;
        text.set_text_content(Some(line));
        copy.append_child(&text)?;
    }
    copy.set_attribute("viewBox", &format!("0 0 {width} {height}"))?;
    copy.set_attribute("width", &width.to_string())?;
    copy.set_attribute("height", &height.to_string())?;
    copy.remove_attribute("role")?;
    copy.remove_attribute("class")?;
    let markup = web_sys::XmlSerializer::new()?.serialize_to_string(&copy)?;
    Ok(Drawing { markup: format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{markup}\n"), width, height })
}

pub fn save_svg(drawing: &Drawing, filename: &str) -> Result<(), JsValue> {
    save(&blob_of(&drawing.markup, "image/svg+xml")?, filename)
}

/// Draws the SVG on a canvas and saves the PNG; `done` hears of failure,
/// which can only come after the image has loaded.
pub fn save_png(
    drawing: &Drawing,
    filename: &str,
    done: impl FnOnce(Result<(), String>) + 'static,
) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(&blob_of(&drawing.markup, "image/svg+xml")?)?;
    let image = HtmlImageElement::new()?;
    let (width, height) = (drawing.width * PNG_SCALE, drawing.height * PNG_SCALE);
    let filename = filename.to_string();
    let loaded = image.clone();
    let svg_url = url.clone();
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
            Err(e) => return done(Err(describe(&e))),
        };
        let on_blob = Closure::once_into_js(move |blob: Option<Blob>| {
            done(match blob {
                Some(blob) => save(&blob, &filename).map_err(|e| describe(&e)),
                None => Err(ui().my_data.no_png.into()),
            })
        });
        if let Err(e) = canvas.to_blob(on_blob.unchecked_ref()) {
            web_sys::console::warn_1(&e);
        }
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&url);
    Ok(())
}
