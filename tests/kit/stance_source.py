"""The sentence constructors every stance set's articles_src.py writes its gold with
(S: no position, D: a distractor naming issues, N: a non-party's words, P: a party's
position). One definition for all sets, so the sets cannot drift apart in format."""


def S(text, why=None):
    d = dict(kind="none", text=text, mentions=[])
    if why:
        d["why"] = why
    return d


def D(text, *issues, why=None):
    d = dict(kind="distractor", text=text, mentions=list(issues))
    if why:
        d["why"] = why
    return d


def N(text, issues, why):
    return dict(kind="nonparty", text=text, mentions=list(issues), why=why)


def P(text, speaker, affiliation, party, kind, stances, mentions=()):
    return dict(kind="position", text=text, speaker=speaker, affiliation=affiliation,
                party=party, statement_kind=kind, stances=list(stances), mentions=list(mentions))
