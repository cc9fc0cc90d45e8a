//! The figures a bench run leaves behind, read from criterion's saved estimates
//! (`target/criterion/GROUP/NAME/new/estimates.json`), the ratios between them that stay
//! meaningful from one machine to another (each taken inside one run), and the regression
//! gate: a run compared with a saved baseline, figure by figure.

use std::collections::BTreeMap;
use std::path::Path;

/// The median of one criterion bench, in nanoseconds, if it ran.
pub fn median_ns(root: &Path, group: &str, name: &str) -> Option<f64> {
    let text = std::fs::read_to_string(root.join(group).join(name).join("new/estimates.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["median"]["point_estimate"].as_f64()
}

/// Whether a figure is better lower (a cost) or higher (a speed-up, a throughput).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
}

/// One ratio of two medians of the same run.
pub struct Ratio {
    pub name: &'static str,
    pub numerator: (&'static str, &'static str),
    pub denominator: (&'static str, &'static str),
    pub better: Better,
}

/// The ratios the gate watches: the costs of an instance against what it is built from
/// (isolate + context) and against its alternatives, a snapshot's gain, a limit's cost, the
/// state lookup's overhead, and how throughput holds with concurrency.
pub const RATIOS: &[Ratio] = &[
    Ratio { name: "instance cold ÷ isolate+context", numerator: ("spawn", "instance_cold"), denominator: ("spawn", "isolate_context"), better: Better::Lower },
    Ratio { name: "instance from snapshot ÷ isolate+context", numerator: ("spawn", "instance_snapshot"), denominator: ("spawn", "isolate_context"), better: Better::Lower },
    Ratio { name: "instance with a CPU limit ÷ without", numerator: ("spawn", "instance_cpu_limit"), denominator: ("spawn", "instance_cold"), better: Better::Lower },
    Ratio { name: "bulkhead process ÷ node process", numerator: ("spawn", "bulkhead_process"), denominator: ("spawn", "node_process"), better: Better::Lower },
    Ratio { name: "node process ÷ instance cold", numerator: ("spawn", "node_process"), denominator: ("spawn", "instance_cold"), better: Better::Higher },
    Ratio { name: "node Worker ÷ instance cold", numerator: ("spawn", "node_worker"), denominator: ("spawn", "instance_cold"), better: Better::Higher },
    Ratio { name: "node child_process.fork ÷ instance fork", numerator: ("fork", "node_child_process"), denominator: ("fork", "instance"), better: Better::Higher },
    Ratio { name: "node Worker ÷ instance fork", numerator: ("fork", "node_worker"), denominator: ("fork", "instance"), better: Better::Higher },
    Ratio { name: "first result: cold ÷ snapshot", numerator: ("first_result", "cold"), denominator: ("first_result", "snapshot"), better: Better::Higher },
    Ratio { name: "first result: warm fork ÷ snapshot", numerator: ("first_result", "warm_fork"), denominator: ("first_result", "snapshot"), better: Better::Lower },
    Ratio { name: "warm fork ÷ bulkhead process", numerator: ("spawn", "warm_fork"), denominator: ("spawn", "bulkhead_process"), better: Better::Lower },
    Ratio { name: "typed-slot lookup ÷ empty callback", numerator: ("lookup", "typed_slot"), denominator: ("lookup", "baseline"), better: Better::Lower },
    Ratio { name: "500 at once ÷ 1 at a time, per scenario", numerator: ("density", "500"), denominator: ("density", "1"), better: Better::Lower },
];

/// Scale factors that make a ratio per item: density medians are per batch of N.
fn per_item(group: &str, name: &str) -> f64 {
    if group == "density" {
        name.parse::<f64>().unwrap_or(1.0)
    } else {
        1.0
    }
}

/// Every figure of a run: the medians (as `group/name`) and the ratios.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Figures {
    pub medians_ns: BTreeMap<String, f64>,
    pub ratios: BTreeMap<String, f64>,
}

impl Figures {
    /// Reads every median the benches can leave under `root` (target/criterion).
    pub fn read(root: &Path) -> Figures {
        let mut medians_ns = BTreeMap::new();
        for group in ["spawn", "fork", "first_result", "lookup", "density"] {
            let Ok(entries) = std::fs::read_dir(root.join(group)) else { continue };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if let Some(v) = median_ns(root, group, &name) {
                    medians_ns.insert(format!("{group}/{name}"), v);
                }
            }
        }
        Figures::from_medians(medians_ns)
    }

    /// The figures of these medians, ratios computed.
    pub fn from_medians(medians_ns: BTreeMap<String, f64>) -> Figures {
        let mut ratios = BTreeMap::new();
        for r in RATIOS {
            let get = |(g, n): (&str, &str)| medians_ns.get(&format!("{g}/{n}")).map(|v| v / per_item(g, n));
            if let (Some(a), Some(b)) = (get(r.numerator), get(r.denominator)) {
                if b > 0.0 {
                    ratios.insert(r.name.to_string(), a / b);
                }
            }
        }
        Figures { medians_ns, ratios }
    }
}

/// One figure that got worse than the threshold allows.
#[derive(Debug, PartialEq)]
pub struct Regression {
    pub figure: String,
    pub baseline: f64,
    pub now: f64,
    /// How much worse, in percent (always positive).
    pub worse_by: f64,
}

/// Compares `now` with `baseline`: every ratio both have (and, with `absolute`, every median
/// both have, lower being better) that is worse by more than `threshold_pct` percent.
pub fn regressions(baseline: &Figures, now: &Figures, threshold_pct: f64, absolute: bool) -> Vec<Regression> {
    let mut out = Vec::new();
    for r in RATIOS {
        let (Some(&was), Some(&is)) = (baseline.ratios.get(r.name), now.ratios.get(r.name)) else { continue };
        if let Some(worse_by) = worse(was, is, r.better) {
            if worse_by > threshold_pct {
                out.push(Regression { figure: r.name.to_string(), baseline: was, now: is, worse_by });
            }
        }
    }
    if absolute {
        for (name, &was) in &baseline.medians_ns {
            let Some(&is) = now.medians_ns.get(name) else { continue };
            if let Some(worse_by) = worse(was, is, Better::Lower) {
                if worse_by > threshold_pct {
                    out.push(Regression { figure: format!("{name} (median)"), baseline: was, now: is, worse_by });
                }
            }
        }
    }
    out
}

/// How much worse `is` is than `was`, in percent, or None when it is not worse.
fn worse(was: f64, is: f64, better: Better) -> Option<f64> {
    if was <= 0.0 || is <= 0.0 {
        return None;
    }
    let pct = match better {
        Better::Lower => (is / was - 1.0) * 100.0,
        Better::Higher => (was / is - 1.0) * 100.0,
    };
    (pct > 0.0).then_some(pct)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(pairs: &[(&str, f64)]) -> Figures {
        Figures::from_medians(pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect())
    }

    #[test]
    fn ratios_are_taken_inside_one_run_and_density_per_scenario() {
        let f = figures(&[("spawn/instance_cold", 3e6), ("spawn/isolate_context", 1.5e6), ("density/1", 3e6), ("density/500", 750e6)]);
        assert_eq!(f.ratios["instance cold ÷ isolate+context"], 2.0);
        // 750 ms for 500 is 1.5 ms each, against 3 ms alone.
        assert_eq!(f.ratios["500 at once ÷ 1 at a time, per scenario"], 0.5);
        assert!(!f.ratios.contains_key("bulkhead process ÷ node process"), "no medians, no ratio");
    }

    #[test]
    fn a_slower_machine_alone_is_no_regression_but_a_worse_ratio_is() {
        let base = figures(&[("spawn/instance_cold", 3e6), ("spawn/isolate_context", 1.5e6), ("spawn/node_process", 60e6)]);
        // Everything twice as slow: the ratios hold.
        let slower = figures(&[("spawn/instance_cold", 6e6), ("spawn/isolate_context", 3e6), ("spawn/node_process", 120e6)]);
        assert!(regressions(&base, &slower, 10.0, false).is_empty());
        // ... unless medians are compared too.
        assert_eq!(regressions(&base, &slower, 10.0, true).len(), 3);
        // The instance alone 20 % slower: two ratios name it, one lower-better, one higher-better.
        let worse = figures(&[("spawn/instance_cold", 3.6e6), ("spawn/isolate_context", 1.5e6), ("spawn/node_process", 60e6)]);
        let r = regressions(&base, &worse, 10.0, false);
        let names: Vec<&str> = r.iter().map(|r| r.figure.as_str()).collect();
        assert_eq!(names, ["instance cold ÷ isolate+context", "node process ÷ instance cold"]);
        assert!((r[0].worse_by - 20.0).abs() < 1e-9);
        // Within the threshold, nothing.
        assert!(regressions(&base, &worse, 25.0, false).is_empty());
    }

    #[test]
    fn better_figures_never_fail_the_gate() {
        let base = figures(&[("spawn/instance_cold", 3e6), ("spawn/isolate_context", 1.5e6)]);
        let faster = figures(&[("spawn/instance_cold", 2e6), ("spawn/isolate_context", 1.5e6)]);
        assert!(regressions(&base, &faster, 0.0, true).is_empty());
    }

    #[test]
    fn a_baseline_round_trips_through_json() {
        let f = figures(&[("spawn/instance_cold", 3e6), ("spawn/isolate_context", 1.5e6)]);
        let text = serde_json::to_string(&f).unwrap();
        assert_eq!(serde_json::from_str::<Figures>(&text).unwrap(), f);
    }
}
