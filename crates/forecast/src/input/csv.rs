//! The CSV stakeholder tables: the EUM tools' one-issue form and KTAB's SMP CSV.
use super::*;

pub(super) fn parse_stakeholder_csv(
    name: &str,
    lines: &[(usize, &str)],
) -> Result<Stakeholders, InputError> {
    let mut it = lines.iter().filter(|(_, l)| !l.trim().is_empty());
    let (hline, header) = it.next().ok_or_else(|| {
        InputError::new(
            name,
            None,
            None,
            "empty file: expected a header Actor,Capability,Position,Salience",
        )
    })?;
    let cols: Vec<String> = split_csv(header)
        .into_iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let find = |names: &[&str]| cols.iter().position(|c| names.contains(&c.as_str()));
    let (Some(ca), Some(cc), Some(cp), Some(cs)) = (
        find(&["actor", "name", "stakeholder"]),
        find(&["capability", "power", "influence", "clout"]),
        find(&["position", "pos"]),
        find(&["salience", "sal"]),
    ) else {
        return Err(InputError::new(
            name,
            Some(*hline),
            None,
            format!(
                "expected a header with columns Actor,Capability,Position,Salience, found '{}'",
                header.trim()
            ),
        ));
    };
    let ci = find(&["issue", "dimension"]);
    let mut issues: Vec<String> = Vec::new();
    let mut actors: Vec<String> = Vec::new();
    let mut rows: Vec<(usize, usize, f64, f64, f64, usize)> = Vec::new(); // actor, issue, cap, pos, sal, line
    for (no, line) in it {
        let f = split_csv(line);
        let need = [ca, cc, cp, cs].into_iter().chain(ci).max().unwrap_or(0);
        if f.len() <= need {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("expected at least {} fields, found {}", need + 1, f.len()),
            ));
        }
        let actor = f[ca].trim().to_string();
        if actor.is_empty() {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, ca)),
                "empty actor name",
            ));
        }
        let cap = parse_num(name, *no, line, cc, &f[cc], "capability")?;
        let pos = parse_num(name, *no, line, cp, &f[cp], "position")?;
        let sal = parse_num(name, *no, line, cs, &f[cs], "salience")?;
        if cap < 0.0 {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, cc)),
                "capability must not be negative",
            ));
        }
        if !(0.0..=100.0).contains(&sal) {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, cs)),
                "salience must be in [0,1] or [0,100]",
            ));
        }
        let issue = ci
            .map(|c| f[c].trim().to_string())
            .unwrap_or_else(|| "issue".to_string());
        let ii = match issues.iter().position(|x| *x == issue) {
            Some(i) => i,
            None => {
                issues.push(issue);
                issues.len() - 1
            }
        };
        let ai = match actors.iter().position(|x| *x == actor) {
            Some(a) => a,
            None => {
                actors.push(actor);
                actors.len() - 1
            }
        };
        if rows.iter().any(|r| r.0 == ai && r.1 == ii) {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("actor '{}' appears twice for the same issue", actors[ai]),
            ));
        }
        rows.push((ai, ii, cap, pos, sal, *no));
    }
    if actors.is_empty() {
        return Err(InputError::new(
            name,
            None,
            None,
            "no actor rows after the header",
        ));
    }
    let scale = if rows.iter().any(|r| r.4 > 1.0) {
        100.0
    } else {
        1.0
    };
    let ni = issues.len();
    let mut cells = vec![None; actors.len() * ni];
    let mut capability = vec![0.0f64; actors.len()];
    for r in &rows {
        cells[r.0 * ni + r.1] = Some(Stance {
            position: r.3,
            salience: r.4 / scale,
            capability: r.2,
        });
        capability[r.0] = capability[r.0].max(r.2);
    }
    let issues = (0..ni)
        .map(|i| {
            let (lo, hi) = span(rows.iter().filter(|r| r.1 == i).map(|r| r.3));
            IssueScale {
                name: issues[i].clone(),
                lower: lo,
                upper: hi,
            }
        })
        .collect();
    Ok(Stakeholders {
        title: None,
        actors,
        issues,
        capability,
        cells,
        salience_scale: scale,
        smp: None,
        format: SourceFormat::StakeholderCsv,
    })
}

pub(super) fn parse_ktab_csv(
    name: &str,
    lines: &[(usize, &str)],
) -> Result<Stakeholders, InputError> {
    let mut it = lines.iter().filter(|(_, l)| !l.trim().is_empty());
    let Some((_, title_line)) = it.next() else {
        return Err(InputError::new(name, None, None, "empty file"));
    };
    let title = split_csv(title_line);
    let Some((hno, header)) = it.next() else {
        return Err(InputError::new(name, None, None, "no header line"));
    };
    let mut h = split_csv(header);
    while h.last().is_some_and(|c| c.is_empty()) {
        h.pop();
    }
    if h.len() < 5 || !(h.len() - 3).is_multiple_of(2) {
        return Err(InputError::new(
            name,
            Some(*hno),
            None,
            "KTAB header must be Actor,Description,Power, then a position and a salience column per dimension",
        ));
    }
    let nd = (h.len() - 3) / 2;
    if let Some(declared) = title.get(3).and_then(|s| s.trim().parse::<usize>().ok()) {
        if declared != nd {
            return Err(InputError::new(
                name,
                Some(*hno),
                None,
                format!("the title line declares {declared} dimensions but the header has {nd}"),
            ));
        }
    }
    let issues: Vec<IssueScale> = (0..nd)
        .map(|d| IssueScale {
            name: h[3 + 2 * d].clone(),
            lower: 0.0,
            upper: 100.0,
        })
        .collect();
    let mut actors = Vec::new();
    let mut capability = Vec::new();
    let mut cells = Vec::new();
    for (no, line) in it {
        let f = split_csv(line);
        if f.len() < 3 + 2 * nd {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("expected {} fields (Actor, Description, Power and {} position/salience pairs), found {}", 3 + 2 * nd, nd, f.len()),
            ));
        }
        let actor = f[0].trim().to_string();
        if actor.is_empty() {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(1),
                "empty actor name",
            ));
        }
        let cap = parse_num(name, *no, line, 2, &f[2], "power")?;
        if cap < 0.0 {
            return Err(InputError::new(
                name,
                Some(*no),
                Some(field_column(line, 2)),
                "negative power",
            ));
        }
        let mut total = 0.0;
        for d in 0..nd {
            let p = parse_num(name, *no, line, 3 + 2 * d, &f[3 + 2 * d], "position")?;
            let s = parse_num(name, *no, line, 4 + 2 * d, &f[4 + 2 * d], "salience")?;
            if !(0.0..=100.0).contains(&p) {
                return Err(InputError::new(
                    name,
                    Some(*no),
                    Some(field_column(line, 3 + 2 * d)),
                    "position must be within [0,100]",
                ));
            }
            if !(0.0..=100.0).contains(&s) {
                return Err(InputError::new(
                    name,
                    Some(*no),
                    Some(field_column(line, 4 + 2 * d)),
                    "salience must be within [0,100]",
                ));
            }
            total += s;
            cells.push(Some(Stance {
                position: p,
                salience: s / 100.0,
                capability: cap,
            }));
        }
        if total > 100.0 + 1e-9 {
            return Err(InputError::new(
                name,
                Some(*no),
                None,
                format!("total salience {total} exceeds 100%"),
            ));
        }
        actors.push(actor);
        capability.push(cap);
    }
    if actors.is_empty() {
        return Err(InputError::new(name, None, None, "no actor rows"));
    }
    Ok(Stakeholders {
        title: title
            .first()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty()),
        actors,
        issues,
        capability,
        cells,
        salience_scale: 100.0,
        smp: None,
        format: SourceFormat::KtabCsv,
    })
}
