//! Charts for BENCHMARKS.md as self-contained SVG (no plotting library, no fonts to find):
//! horizontal bars on a logarithmic scale, for costs that span five orders of magnitude, and a
//! line over a logarithmic x axis, for throughput against concurrency.

use std::fmt::Write;

const WIDTH: f64 = 760.0;
const LABEL: f64 = 170.0;
const ROW: f64 = 26.0;
const TOP: f64 = 40.0;

/// XML-escapes text for an SVG text node.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// An SVG of `height` on a white ground, with its title.
fn open(title: &str, height: f64) -> String {
    let mut svg = String::new();
    let _ = writeln!(svg, r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" font-family="sans-serif" font-size="12">"#);
    let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/><text x="{}" y="22" font-size="15" text-anchor="middle">{}</text>"#, WIDTH / 2.0, esc(title));
    svg
}

/// The powers of ten spanning `[lo, hi]`, the lowest strictly below `lo` (so that the
/// shortest bar still shows).
fn decades(lo: f64, hi: f64) -> (i32, i32) {
    let d0 = (lo.log10() - 1e-9).floor() as i32;
    (d0, (hi.log10().ceil() as i32).max(d0 + 1))
}

/// Horizontal bars, one per `(label, value)`, on a log scale; `unit` formats a value.
/// Values that are not positive are left out.
pub fn log_bars(title: &str, items: &[(String, f64)], unit: impl Fn(f64) -> String) -> String {
    let items: Vec<&(String, f64)> = items.iter().filter(|(_, v)| *v > 0.0 && v.is_finite()).collect();
    let height = TOP + ROW * items.len() as f64 + 40.0;
    let mut svg = open(title, height);
    if items.is_empty() {
        svg.push_str("</svg>\n");
        return svg;
    }
    let lo = items.iter().map(|(_, v)| *v).fold(f64::INFINITY, f64::min);
    let hi = items.iter().map(|(_, v)| *v).fold(0.0, f64::max);
    let (d0, d1) = decades(lo, hi);
    let plot = WIDTH - LABEL - 90.0;
    let x = |v: f64| LABEL + plot * (v.log10() - f64::from(d0)) / f64::from(d1 - d0);
    let bottom = TOP + ROW * items.len() as f64;
    for d in d0..=d1 {
        let gx = x(10f64.powi(d));
        let _ = writeln!(svg, r##"<line x1="{gx:.1}" y1="{TOP}" x2="{gx:.1}" y2="{bottom}" stroke="#ddd"/><text x="{gx:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##, bottom + 16.0, esc(&unit(10f64.powi(d))));
    }
    for (i, (label, v)) in items.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let w = (x(*v) - LABEL).max(1.0);
        let _ = writeln!(svg, r##"<text x="{:.1}" y="{:.1}" text-anchor="end">{}</text><rect x="{LABEL}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="#4a7ab5"/><text x="{:.1}" y="{:.1}">{}</text>"##,
            LABEL - 8.0, y + 17.0, esc(label), y + 5.0, ROW - 8.0, LABEL + w + 5.0, y + 17.0, esc(&unit(*v)));
    }
    let _ = writeln!(svg, r##"<text x="{}" y="{:.1}" text-anchor="middle" fill="#555">log scale</text>"##, LABEL + plot / 2.0, bottom + 34.0);
    svg.push_str("</svg>\n");
    svg
}

/// A line through `(x, y)` points with a log x axis and a linear y axis from 0; `x_name` and
/// `y_name` label the axes.
pub fn log_x_line(title: &str, points: &[(f64, f64)], x_name: &str, y_name: &str) -> String {
    let points: Vec<(f64, f64)> = points.iter().copied().filter(|(x, y)| *x > 0.0 && y.is_finite()).collect();
    let height = 360.0;
    let (left, right, top, bottom) = (70.0, WIDTH - 30.0, TOP, height - 50.0);
    let mut svg = open(title, height);
    if points.is_empty() {
        svg.push_str("</svg>\n");
        return svg;
    }
    // A point may sit on the axis: the lowest decade is the one that holds the lowest x.
    let lo = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let d0 = lo.log10().floor() as i32;
    let d1 = (points.iter().map(|p| p.0).fold(0.0, f64::max).log10().ceil() as i32).max(d0 + 1);
    let ymax = nice_ceiling(points.iter().map(|p| p.1).fold(0.0, f64::max));
    let px = |x: f64| left + (right - left) * (x.log10() - f64::from(d0)) / f64::from(d1 - d0);
    let py = |y: f64| bottom - (bottom - top) * y / ymax;
    for d in d0..=d1 {
        let gx = px(10f64.powi(d));
        let _ = writeln!(svg, r##"<line x1="{gx:.1}" y1="{top}" x2="{gx:.1}" y2="{bottom}" stroke="#ddd"/><text x="{gx:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##, bottom + 16.0, 10f64.powi(d));
    }
    for k in 0..=4 {
        let y = ymax * f64::from(k) / 4.0;
        let gy = py(y);
        let _ = writeln!(svg, r##"<line x1="{left}" y1="{gy:.1}" x2="{right}" y2="{gy:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" fill="#555">{y:.0}</text>"##, left - 6.0, gy + 4.0);
    }
    let path: Vec<String> = points.iter().map(|(x, y)| format!("{:.1},{:.1}", px(*x), py(*y))).collect();
    let _ = writeln!(svg, r##"<polyline points="{}" fill="none" stroke="#4a7ab5" stroke-width="2"/>"##, path.join(" "));
    for (x, y) in &points {
        let _ = writeln!(svg, r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="#4a7ab5"/><text x="{:.1}" y="{:.1}" text-anchor="middle">{y:.0}</text>"##, px(*x), py(*y), px(*x), py(*y) - 9.0);
    }
    let _ = writeln!(svg, r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{} (log scale)</text>"##, (left + right) / 2.0, bottom + 36.0, esc(x_name));
    let _ = writeln!(svg, r##"<text x="16" y="{:.1}" text-anchor="middle" fill="#555" transform="rotate(-90 16 {:.1})">{}</text>"##, (top + bottom) / 2.0, (top + bottom) / 2.0, esc(y_name));
    svg.push_str("</svg>\n");
    svg
}

/// The smallest of 1, 2 or 5 times a power of ten that is at least `v`.
fn nice_ceiling(v: f64) -> f64 {
    if v <= 0.0 {
        return 1.0;
    }
    let p = 10f64.powf(v.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * p).find(|c| *c >= v).unwrap_or(10.0 * p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar_widths(svg: &str) -> Vec<f64> {
        svg.lines()
            .filter(|l| l.contains("<rect x="))
            .filter_map(|l| l.split("width=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect()
    }

    #[test]
    fn bars_grow_with_the_logarithm_of_their_value() {
        let items = vec![("a".to_string(), 1e3), ("b".to_string(), 1e5), ("c".to_string(), 1e7)];
        let svg = log_bars("t", &items, |v| format!("{v}"));
        let w = bar_widths(&svg);
        assert_eq!(w.len(), 3);
        // Equal ratios, equal steps.
        assert!(((w[1] - w[0]) - (w[2] - w[1])).abs() < 0.2, "{w:?}");
        assert!(w[0] < w[1] && w[1] < w[2]);
    }

    #[test]
    fn labels_are_escaped_and_missing_values_left_out() {
        let items = vec![("a<b & c".to_string(), 10.0), ("gone".to_string(), f64::NAN), ("zero".to_string(), 0.0)];
        let svg = log_bars("t", &items, |v| format!("{v}"));
        assert!(svg.contains("a&lt;b &amp; c"));
        assert!(!svg.contains(">gone<") && !svg.contains(">zero<"));
        assert_eq!(bar_widths(&svg).len(), 1);
    }

    #[test]
    fn the_line_has_one_point_per_figure_and_its_axis_covers_the_highest() {
        let svg = log_x_line("t", &[(1.0, 337.0), (10.0, 592.0), (100.0, 533.0), (500.0, 611.0)], "x", "y");
        assert_eq!(svg.matches("<circle").count(), 4);
        assert!(svg.contains(">1000</text>"), "y axis up to 1000: {svg}");
        assert_eq!(nice_ceiling(611.0), 1000.0);
        assert_eq!(nice_ceiling(150.0), 200.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
    }
}
