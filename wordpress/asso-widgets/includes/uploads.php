<?php
/**
 * Administrators (the `manage_options` capability) may upload .json feeds to
 * the media library, so a feed can live on the site itself (same origin, no
 * CORS). Other roles keep WordPress's list of file types. A .json file that
 * is not valid JSON is refused with the position of the error.
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether a user may upload JSON feeds.
 *
 * @param int|WP_User|null $user The user, or null for the current one.
 * @return bool
 */
function asso_widgets_user_can_upload_json( $user = null ) {
	if ( $user instanceof WP_User ) {
		$ok = user_can( $user, 'manage_options' );
	} elseif ( is_numeric( $user ) && (int) $user > 0 ) {
		$ok = user_can( (int) $user, 'manage_options' );
	} else {
		$ok = current_user_can( 'manage_options' );
	}
	/**
	 * Filters whether a user may upload .json feeds to the media library.
	 *
	 * @param bool                 $ok   True for administrators.
	 * @param int|WP_User|null     $user The user being checked.
	 */
	return (bool) apply_filters( 'asso_widgets_user_can_upload_json', $ok, $user );
}

/**
 * Adds .json to the allowed file types, for administrators only.
 *
 * @param array            $mimes Extension => MIME type.
 * @param int|WP_User|null $user  The user (WordPress passes it since 5.x; null: current user).
 * @return array
 */
function asso_widgets_upload_mimes( $mimes, $user = null ) {
	if ( asso_widgets_user_can_upload_json( $user ) ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
add_filter( 'upload_mimes', 'asso_widgets_upload_mimes', 10, 2 );

/**
 * Some servers' file-type detection calls JSON "text/plain", which WordPress
 * then refuses; accept it for administrators when the file really is JSON.
 *
 * @param array       $data      ext, type, proper_filename as WordPress found them.
 * @param string      $file      Path of the uploaded file.
 * @param string      $filename  Its name.
 * @param array|null  $mimes     Allowed types.
 * @param string|bool $real_mime What the server detected.
 * @return array
 */
function asso_widgets_check_json_filetype( $data, $file, $filename, $mimes = null, $real_mime = false ) {
	if ( ! empty( $data['ext'] ) || 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) ) {
		return $data;
	}
	if ( ! asso_widgets_user_can_upload_json() || ! in_array( $real_mime, array( 'text/plain', 'application/json', false ), true ) ) {
		return $data;
	}
	if ( null === asso_widgets_json_error( $file ) ) {
		return array(
			'ext'             => 'json',
			'type'            => 'application/json',
			'proper_filename' => false,
		);
	}
	return $data;
}
add_filter( 'wp_check_filetype_and_ext', 'asso_widgets_check_json_filetype', 10, 5 );

/**
 * Null when the file is valid JSON, else what is wrong.
 *
 * @param string $path A file.
 * @return string|null
 */
function asso_widgets_json_error( $path ) {
	if ( ! is_readable( $path ) ) {
		return __( 'the file cannot be read', 'asso-widgets' );
	}
	$text = (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local upload.
	if ( 0 === strpos( $text, "\xEF\xBB\xBF" ) ) {
		$text = substr( $text, 3 );
	}
	json_decode( $text );
	return JSON_ERROR_NONE === json_last_error() ? null : json_last_error_msg();
}

/**
 * Refuses a .json upload that is not valid JSON, saying why.
 *
 * @param array $file The upload (name, tmp_name, …).
 * @return array
 */
function asso_widgets_check_json_upload( $file ) {
	if ( ! is_array( $file ) || empty( $file['name'] ) || empty( $file['tmp_name'] ) ) {
		return $file;
	}
	if ( 'json' !== strtolower( pathinfo( (string) $file['name'], PATHINFO_EXTENSION ) ) || ! asso_widgets_user_can_upload_json() ) {
		return $file;
	}
	$error = asso_widgets_json_error( $file['tmp_name'] );
	if ( null !== $error ) {
		/* translators: %s: the JSON parser's message. */
		$file['error'] = sprintf( __( 'This .json file is not valid JSON (%s). Check it with: npx asso-widgets validate', 'asso-widgets' ), $error );
	}
	return $file;
}
add_filter( 'wp_handle_upload_prefilter', 'asso_widgets_check_json_upload' );
add_filter( 'wp_handle_sideload_prefilter', 'asso_widgets_check_json_upload' );
