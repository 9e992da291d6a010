/// One evaluation of an increasing function `f` for `solveIncreasing`.
///
/// `f(x) = F(x) - target` where `F` is a probability being matched to `target`; `logResidual` is
/// `log(F(x) / target)` oriented to increase with `x` (for a decreasing upper tail `Q`, it is
/// `log(target / Q(x))`), and `logDerivative` its derivative. Far from the root, where `F` and the
/// target differ by orders of magnitude, Newton's method on the logarithm converges in a few steps
/// (tails are nearly exponential), while on `f` itself it would crawl.
struct RootProbe {
    /// `f(x)`.
    var residual: Double
    /// `f'(x) > 0`.
    var derivative: Double
    /// `f''(x) / f'(x)`, for Halley's correction (0 if unknown).
    var curvature: Double
    /// `±log(F(x) / target)`, increasing in `x` (NaN if unavailable).
    var logResidual: Double
    /// The derivative of `logResidual`.
    var logDerivative: Double
}

/// Finds the root of an increasing function on `(lower, upper)`.
///
/// Steps: Newton on the log-residual while `F` and the target differ by more than 10%, Halley on the
/// residual nearer the root; a step that leaves the current bracket is replaced by bisection —
/// geometric when the bracket spans more than a factor 4 of positive numbers, so roots near `1e-300`
/// are reached in few steps. `upper` may be `+inf`; the bracket then grows by doubling.
///
/// Stops when a step is below `4 eps |x|`, when the bracket has shrunk to that width, when
/// `|f(x)| <= eps · residualScale` (the residual is at the rounding level of the target), or when
/// four Halley steps in a row fail to halve the residual (it is rounding noise: the root is as well
/// determined as the evaluation of `f` allows); the point with the smallest residual is returned.
///
/// - Complexity: cubic convergence near the root; at most 400 probes.
func solveIncreasing(
    initial: Double, lower: Double, upper: Double, residualScale: Double,
    probe: (Double) -> RootProbe
) -> Double {
    var lo = lower
    var hi = upper
    var x = initial
    if !(x > lo && x < hi) {
        x = hi.isFinite ? 0.5 * (lo + hi) : max(1, 2 * lo)
    }
    let tolerance = 4 * Double.ulpOfOne
    var bestX = x
    var bestResidual = Double.infinity
    var previousResidual = Double.infinity
    var stalledSteps = 0
    var lastStepWasHalley = false
    for _ in 0..<400 {
        let value = probe(x)
        if value.residual.isNaN { return .nan }
        let size = abs(value.residual)
        if size <= Double.ulpOfOne * residualScale { return x }
        if size < bestResidual {
            bestResidual = size
            bestX = x
        }
        if lastStepWasHalley && size > 0.5 * previousResidual { stalledSteps += 1 } else { stalledSteps = 0 }
        if stalledSteps >= 4 { return bestX }
        previousResidual = size
        if value.residual < 0 { lo = x } else { hi = x }

        var step = Double.nan
        lastStepWasHalley = false
        if abs(value.logResidual) > 0.1 && value.logDerivative > 0 && value.logDerivative.isFinite {
            step = value.logResidual / value.logDerivative
        } else if value.derivative > 0 && value.derivative.isFinite {
            let newton = value.residual / value.derivative
            let halleyDenominator = 1 - 0.5 * newton * value.curvature
            step = halleyDenominator > 0.5 && halleyDenominator < 2 ? newton / halleyDenominator : newton
            lastStepWasHalley = true
        }
        if abs(step) <= tolerance * abs(x) { return x - step }
        var next = x - step
        if !(next > lo && next < hi) {
            lastStepWasHalley = false
            if !hi.isFinite {
                next = max(2 * x, 1)
            } else if lo > 0 && hi > 4 * lo {
                next = (lo * hi).squareRoot()
            } else if lo == 0 && hi > 1e-300 {
                next = hi / 16
            } else {
                next = 0.5 * (lo + hi)
            }
        }
        if hi.isFinite && hi - lo <= tolerance * abs(next) { return next }
        x = next
    }
    return bestX
}
