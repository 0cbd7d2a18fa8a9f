export { SignupScreenError, isSignupScreenError, type SignupScreenErrorCode } from './base.js'
export { InvalidSignupError, isInvalidSignupError, type InputIssue } from './invalid-signup.js'
export { ScreenerConfigError, isScreenerConfigError } from './config.js'
