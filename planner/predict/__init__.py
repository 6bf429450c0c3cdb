"""Churn prediction and customer lifetime value (DESIGN section 6, `predict` in section 8).

BG/NBD (Fader, Hardie & Lee 2005), MBG/NBD (Batislam, Denizel & Filiztekin 2007) and
Pareto/NBD (Schmittlein, Morrison & Colombo 1987) say how many repeat purchases a customer
will make and how likely they still buy at all; Gamma-Gamma says what their purchases will
be worth. All are fitted here by maximum likelihood with scipy on log-parameters, with
analytic gradients and identical customers grouped, instead of depending on `lifetimes`
(archived) or `btyd` (does not import on Python 3.11); BG/NBD and Pareto/NBD are checked
against the published CDNOW fits (tests/planner/predict).

Modules: `summary` turns sales rows into per-customer (x, t_x, T, zbar) and holdout counts;
`bgnbd`, `mbgnbd`, `pareto` and `gamma_gamma` hold the models, `models` puts the three
purchase models under one interface; `choice` picks one on the shop's own later third;
`forecast` fits with the limits that make a fit trustworthy and scores every customer;
`intervals` draws the 90 % intervals; `holdout` compares a fit with what happened
afterwards; `win_back` ranks the customers slipping away; `goal_value` puts a money value on
a retention goal; `pipeline` is what the window computes in its worker.
"""
