/**
 * Customer-base ("buy till you die") models: summaries from transactions ({@link
 * org.osicam.scoring.clv.Summarizer}), BG/NBD, MBG/NBD and Pareto/NBD for continuous-time repeat
 * purchases ({@link org.osicam.scoring.clv.TransactionModel}), BG/BB for discrete time,
 * shifted-beta-geometric for contractual retention, Gamma-Gamma spend, and CLV.
 *
 * <pre>{@code
 * CustomerSummaries s = Summarizer.builder().observationEnd(end).unit(Granularity.WEEK).build()
 *     .summarize(ids, epochDays, amounts);
 * BgNbd model = BgNbd.fitter().fit(s);
 * GammaGamma spend = GammaGamma.fitter().fit(s);
 * Scores scores = model.score(s, 52, spend, 0.002);
 * }</pre>
 */
@NullMarked
package org.osicam.scoring.clv;

import org.jspecify.annotations.NullMarked;
