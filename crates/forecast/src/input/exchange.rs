//! The exchange model's data files (`#A`/`#P`/`#M`/`#D` rows, tab separated, quoted).
use super::*;

/// Splits an exchange-data row: tab, semicolon or comma separated, fields optionally in
/// single or double quotes.
pub(super) fn split_exchange_row(line: &str) -> Vec<String> {
    let sep = if line.contains('\t') {
        '\t'
    } else if line.contains(';') {
        ';'
    } else {
        ','
    };
    line.split(sep)
        .map(|f| {
            let t = f.trim();
            let t = t
                .strip_prefix('\'')
                .and_then(|x| x.strip_suffix('\''))
                .or_else(|| t.strip_prefix('"').and_then(|x| x.strip_suffix('"')))
                .unwrap_or(t);
            t.trim().to_string()
        })
        .collect()
}

pub(super) fn parse_exchange(name: &str, text: &str) -> Result<Stakeholders, InputError> {
    let mut actors: Vec<String> = Vec::new();
    let mut issues: Vec<(String, Option<f64>, Option<f64>)> = Vec::new();
    let mut rows: Vec<(usize, usize, f64, f64, f64)> = Vec::new();
    let lines = split_lines(text);
    let issue_index = |issues: &mut Vec<(String, Option<f64>, Option<f64>)>, n: &str| match issues
        .iter()
        .position(|x| x.0 == n)
    {
        Some(i) => i,
        None => {
            issues.push((n.to_string(), None, None));
            issues.len() - 1
        }
    };
    for (no, line) in &lines {
        if line.trim().is_empty() {
            continue;
        }
        let f = split_exchange_row(line);
        let tag = f.first().map(|s| s.as_str()).unwrap_or("");
        let need = |k: usize| -> Result<(), InputError> {
            if f.len() < k {
                Err(InputError::new(
                    name,
                    Some(*no),
                    None,
                    format!("{tag} row needs {k} fields, found {}", f.len()),
                ))
            } else {
                Ok(())
            }
        };
        let number = |k: usize, what: &str| -> Result<f64, InputError> {
            f[k].parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| {
                    InputError::new(
                        name,
                        Some(*no),
                        None,
                        format!("{what}: '{}' is not a number", f[k]),
                    )
                })
        };
        match tag {
            "#A" => {
                need(2)?;
                if !actors.contains(&f[1]) {
                    actors.push(f[1].clone());
                }
            }
            "#P" => {
                need(2)?;
                issue_index(&mut issues, &f[1]);
            }
            "#M" => {
                need(3)?;
                let v = number(2, "issue bound")?;
                let i = issue_index(&mut issues, &f[1]);
                let e = &mut issues[i];
                e.1 = Some(e.1.map_or(v, |x: f64| x.min(v)));
                e.2 = Some(e.2.map_or(v, |x: f64| x.max(v)));
            }
            "#D" => {
                need(6)?;
                let a = match actors.iter().position(|x| *x == f[1]) {
                    Some(a) => a,
                    None => {
                        actors.push(f[1].clone());
                        actors.len() - 1
                    }
                };
                let i = issue_index(&mut issues, &f[2]);
                let p = number(3, "position")?;
                let s = number(4, "salience")?;
                let c = number(5, "power")?;
                if s < 0.0 || c < 0.0 {
                    return Err(InputError::new(
                        name,
                        Some(*no),
                        None,
                        "salience and power must not be negative",
                    ));
                }
                if rows.iter().any(|r| r.0 == a && r.1 == i) {
                    return Err(InputError::new(
                        name,
                        Some(*no),
                        None,
                        format!("actor '{}' has two rows for issue '{}'", f[1], f[2]),
                    ));
                }
                rows.push((a, i, p, s, c));
            }
            t if t.starts_with('#') => {} // comments and other record types
            _ => {
                return Err(InputError::new(
                    name,
                    Some(*no),
                    Some(1),
                    format!(
                        "expected a #A, #P, #M or #D row, found '{}'",
                        line.chars().take(40).collect::<String>()
                    ),
                ))
            }
        }
    }
    if rows.is_empty() {
        return Err(InputError::new(
            name,
            None,
            None,
            "no #D (actor, issue, position, salience, power) rows",
        ));
    }
    let scale = if rows.iter().any(|r| r.3 > 1.0) {
        100.0
    } else {
        1.0
    };
    let ni = issues.len();
    let mut cells = vec![None; actors.len() * ni];
    let mut capsum = vec![(0.0, 0usize); actors.len()];
    for r in &rows {
        cells[r.0 * ni + r.1] = Some(Stance {
            position: r.2,
            salience: r.3 / scale,
            capability: r.4,
        });
        capsum[r.0].0 += r.4;
        capsum[r.0].1 += 1;
    }
    let issues = issues
        .into_iter()
        .enumerate()
        .map(|(i, (n, lo, hi))| {
            let (dlo, dhi) = (0.0, 100.0);
            let (lo, hi) = match (lo, hi) {
                (Some(l), Some(h)) if h > l => (l, h),
                _ => {
                    let (l, h) = span(rows.iter().filter(|r| r.1 == i).map(|r| r.2));
                    (l.min(dlo), h.max(dhi))
                }
            };
            IssueScale {
                name: n,
                lower: lo,
                upper: hi,
            }
        })
        .collect();
    Ok(Stakeholders {
        title: None,
        actors,
        issues,
        capability: capsum
            .iter()
            .map(|(s, n)| if *n > 0 { s / *n as f64 } else { 0.0 })
            .collect(),
        cells,
        salience_scale: scale,
        smp: None,
        format: SourceFormat::ExchangeData,
    })
}
