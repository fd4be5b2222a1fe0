//! Plate math: what goes on each side of the bar for a total, and the
//! nearest totals that can be loaded. Weights are in one unit (kg or lb).

/// The default bar and plates (largest first) of each unit.
pub const BAR_KG: f64 = 20.0;
pub const PLATES_KG: [f64; 8] = [25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25, 0.5];
pub const BAR_LB: f64 = 45.0;
pub const PLATES_LB: [f64; 6] = [45.0, 35.0, 25.0, 10.0, 5.0, 2.5];

const EPS: f64 = 1e-6;

/// A loading: the plates on one side, and the total they make.
#[derive(Debug, Clone, PartialEq)]
pub struct Loading {
    pub per_side: Vec<f64>,
    pub total: f64,
}

/// The heaviest loading at or under `target` (plates taken largest first;
/// any number of each). `None` when even the bar is heavier.
pub fn load_down(target: f64, bar: f64, plates: &[f64]) -> Option<Loading> {
    if !target.is_finite() || target + EPS < bar {
        return None;
    }
    let mut sorted: Vec<f64> = plates.iter().copied().filter(|p| *p > 0.0).collect();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let mut side = (target - bar) / 2.0;
    let mut per_side = Vec::new();
    for p in sorted {
        while side + EPS >= p && per_side.len() < 200 {
            per_side.push(p);
            side -= p;
        }
    }
    let total = bar + 2.0 * per_side.iter().sum::<f64>();
    Some(Loading { per_side, total })
}

/// The loadable total nearest `target` (the lighter one on a tie): the
/// heaviest at or under it, or that plus a pair of the smallest plates.
pub fn nearest(target: f64, bar: f64, plates: &[f64]) -> Option<Loading> {
    let down = load_down(target, bar, plates)?;
    if (down.total - target).abs() < EPS {
        return Some(down);
    }
    let smallest = plates
        .iter()
        .copied()
        .filter(|p| *p > 0.0)
        .fold(f64::INFINITY, f64::min);
    if !smallest.is_finite() {
        return Some(down);
    }
    let up = load_down(down.total + 2.0 * smallest, bar, plates)?;
    Some(if up.total - target < target - down.total {
        up
    } else {
        down
    })
}

/// A list of plates as typed: `25,20,15,10,5,2.5,1.25`.
pub fn parse_plates(s: &str) -> Result<Vec<f64>, String> {
    let v: Result<Vec<f64>, String> = s
        .split(',')
        .map(|p| {
            p.trim()
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && *x > 0.0 && *x <= 100.0)
                .ok_or_else(|| {
                    format!(
                        "`{}` is not a plate weight (more than 0, at most 100)",
                        p.trim()
                    )
                })
        })
        .collect();
    let v = v?;
    if v.is_empty() {
        return Err("the plate list is empty".into());
    }
    Ok(v)
}

/// A bar weight as typed: `20`, `15`, `0` (no bar: a machine or a belt).
pub fn parse_bar(s: &str) -> Result<f64, String> {
    s.trim()
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && (0.0..=100.0).contains(x))
        .ok_or_else(|| format!("`{}` is not a bar weight (0 to 100)", s.trim()))
}

/// The warm-up ramp before a first working weight: the bar for 10, then
/// 40% x 5, 60% x 3, 80% x 2, each rounded down to what loads (never under
/// the bar; steps that round to the same weight kept once).
pub fn warmup_ramp(work: f64, bar: f64, plates: &[f64]) -> Vec<(i32, f64)> {
    let mut out = vec![(10, bar)];
    for (pct, reps) in [(0.4, 5), (0.6, 3), (0.8, 2)] {
        let w = load_down(work * pct, bar, plates).map_or(bar, |l| l.total);
        if out.last().is_some_and(|(_, last)| (w - last).abs() < EPS) {
            continue;
        }
        out.push((reps, w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plates_per_side() {
        let l = load_down(142.5, BAR_KG, &PLATES_KG).unwrap();
        assert_eq!(l.per_side, [25.0, 25.0, 10.0, 1.25]);
        assert_eq!(l.total, 142.5);
        let l = load_down(315.0, BAR_LB, &PLATES_LB).unwrap();
        assert_eq!(l.per_side, [45.0, 45.0, 45.0]);
        assert!(load_down(15.0, BAR_KG, &PLATES_KG).is_none());
        // 101 kg does not load: 100 is nearer than 101.
        assert_eq!(nearest(101.0, BAR_KG, &PLATES_KG).unwrap().total, 101.0);
        assert_eq!(
            nearest(100.3, BAR_KG, &[25.0, 20.0, 10.0, 5.0, 2.5, 1.25])
                .unwrap()
                .total,
            100.0
        );
        assert_eq!(
            nearest(102.0, BAR_KG, &[25.0, 20.0, 10.0, 5.0, 2.5, 1.25])
                .unwrap()
                .total,
            102.5
        );
        assert_eq!(
            warmup_ramp(100.0, BAR_KG, &PLATES_KG),
            [(10, 20.0), (5, 40.0), (3, 60.0), (2, 80.0)]
        );
        assert_eq!(
            warmup_ramp(30.0, BAR_KG, &PLATES_KG),
            [(10, 20.0), (2, 23.5)]
        );
        assert!(parse_plates("25,x").is_err());
        assert!(parse_bar("-1").is_err());
    }
}
