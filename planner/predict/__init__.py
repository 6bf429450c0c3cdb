"""Churn prediction and customer lifetime value (DESIGN section 6, `predict` in section 8).

BG/NBD (Fader, Hardie & Lee 2005) says how many repeat purchases a customer will make and
how likely they still buy at all; Gamma-Gamma says what their purchases will be worth.
Both are fitted here by maximum likelihood with scipy on log-parameters, with analytic
gradients and identical customers grouped, instead of depending on `lifetimes` (archived)
or `btyd` (does not import on Python 3.11): about forty lines of formulas each, checked
against the published CDNOW fit to four digits (tests/planner/predict).

Modules: `summary` turns sales rows into per-customer (x, t_x, T, zbar) and holdout
counts; `bgnbd` and `gamma_gamma` hold the two models; `forecast` fits both with the
limits that make a fit trustworthy and scores every customer; `holdout` compares a fit
with what happened afterwards; `win_back` ranks the customers slipping away; `goal_value`
puts a money value on a retention goal.
"""
